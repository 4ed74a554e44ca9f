package dev.slipway.notebook;

import dev.slipway.bench.Median;
import dev.slipway.sandbox.OutputSink;
import dev.slipway.sandbox.Sandbox;
import dev.slipway.sandbox.SandboxFactory;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measures Java cells against their targets and prints medians: the first cell of a lesson,
 * its notebook runner's start included, and a later trivial cell.
 */
public final class JavaBenchmark {

    private static final Cell TRIVIAL = new Cell("1 + 1", Duration.ofSeconds(30));

    private final SandboxFactory factory;
    private final PrintStream out;

    public JavaBenchmark(SandboxFactory factory, PrintStream out) {
        this.factory = factory;
        this.out = out;
    }

    /** Runs every measurement {@code rounds} times (the later cell four times as often). */
    public void run(int rounds) {
        try (Sandbox sandbox = factory.create(); Notebooks notebooks = new Notebooks(64 * 1024)) {
            List<Double> first = new ArrayList<>();
            for (int i = 0; i < rounds; i++) {
                String lesson = "bench-" + i;
                first.add(time(notebooks, sandbox, lesson));
                notebooks.end(sandbox, lesson);
            }
            report("first cell of a lesson, runner start included", Median.of(first), "target <= 3000 ms");
            time(notebooks, sandbox, "later");
            List<Double> later = new ArrayList<>();
            for (int i = 0; i < rounds * 4; i++) {
                later.add(time(notebooks, sandbox, "later"));
            }
            report("later trivial cell (1 + 1)", Median.of(later), "target <= 300 ms");
        }
    }

    private static double time(Notebooks notebooks, Sandbox sandbox, String lesson) {
        long start = System.nanoTime();
        CellResult result = notebooks.run(sandbox, lesson, TRIVIAL, OutputSink.NONE);
        double elapsed = (System.nanoTime() - start) / 1e6;
        if (!result.completed()) {
            throw new NotebookException("the benchmark cell 1 + 1 did not complete: " + result.message());
        }
        return elapsed;
    }

    private void report(String what, double millis, String target) {
        out.printf(Locale.ROOT, "  %-58s %8.1f %-4s %s%n", what, millis, "ms", target);
    }
}
