package dev.slipway.cli;

import dev.slipway.notebook.JavaBenchmark;
import dev.slipway.sandbox.SandboxBenchmark;
import dev.slipway.web.WebBenchmark;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code slipway bench AREA}: measures one area against its performance targets. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure performance and print medians against the targets. AREA: sandbox, web or java.")
final class BenchCommand implements Callable<Integer> {

    @Parameters(paramLabel = "AREA", description = "What to measure: sandbox (sandboxes and commands), web (the server,"
            + " through HTTP) or java (Java cells)")
    String area;

    @Option(names = "--rounds", paramLabel = "N", description = "Measurements per figure (default: ${DEFAULT-VALUE}).")
    int rounds = 7;

    @Option(names = "--learners", paramLabel = "N", description = "web: simulated learners at once (default: ${DEFAULT-VALUE}).")
    int learners = 20;

    @Option(names = "--think-ms", paramLabel = "MS", description = "web: each learner's pause between blocks, +-50 %, as a"
            + " person reads the next paragraph; 0 runs blocks back to back (default: ${DEFAULT-VALUE}).")
    long thinkMillis = 3000;

    @Mixin
    SandboxOptions options;

    @Override
    public Integer call() throws InterruptedException, IOException {
        if (!List.of("sandbox", "web", "java").contains(area)) {
            throw new IllegalArgumentException("unknown benchmark area '" + area + "'; use: sandbox, web or java");
        }
        try (Slipway slipway = Slipway.connect(Console::info)) {
            slipway.reap(Console::info);
            if (area.equals("web")) {
                return web(slipway) ? 0 : FriendlyErrors.FAILED;
            }
            System.out.println("bench " + area + ": medians of " + rounds + " rounds");
            if (area.equals("java")) {
                new JavaBenchmark(slipway.sandboxFactory(options.limits()), System.out).run(rounds);
            } else {
                new SandboxBenchmark(slipway.engine(), slipway.sandboxFactory(options.limits()), System.out).run(rounds);
            }
        }
        return 0;
    }

    /** Serves the benchmark lesson on a free port with its own progress file, warms a sandbox per learner, measures. */
    private boolean web(Slipway slipway) throws IOException, InterruptedException {
        Path scratch = Files.createTempDirectory("slipway-bench-web-");
        Path lessons = Files.createDirectories(scratch.resolve("lessons"));
        try (InputStream lesson = WebBenchmark.class.getResourceAsStream(WebBenchmark.LESSON_RESOURCE)) {
            Files.copy(lesson, lessons.resolve(WebBenchmark.LESSON + ".md"));
        }
        ServeOptions serve = new ServeOptions();
        serve.port = 0;
        serve.lessons = lessons;
        options.poolSize = Math.max(options.poolSize, learners + 1);
        try (Workbench workbench = Workbench.start(slipway, serve, options, scratch.resolve("progress"))) {
            Console.info("warming " + options.poolSize + " sandboxes");
            workbench.pool().awaitFull(Duration.ofMinutes(10));
            System.out.println("bench web: medians of " + rounds + " rounds, " + learners + " learners");
            return new WebBenchmark(workbench.server().address(), System.out).run(rounds, learners, Duration.ofMillis(thinkMillis));
        } finally {
            dev.slipway.engine.Folders.deleteRecursively(scratch);
        }
    }
}
