package dev.slipway.cli;

import dev.slipway.notebook.JavaBenchmark;
import dev.slipway.sandbox.SandboxBenchmark;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code slipway bench AREA}: measures one area against its performance targets. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure performance and print medians against the targets. AREA: sandbox or java.")
final class BenchCommand implements Callable<Integer> {

    @Parameters(paramLabel = "AREA", description = "What to measure: sandbox (sandboxes and commands) or java (Java cells)")
    String area;

    @Option(names = "--rounds", paramLabel = "N", description = "Measurements per figure (default: ${DEFAULT-VALUE}).")
    int rounds = 7;

    @Mixin
    SandboxOptions options;

    @Override
    public Integer call() throws InterruptedException {
        if (!area.equals("sandbox") && !area.equals("java")) {
            throw new IllegalArgumentException("unknown benchmark area '" + area + "'; use: sandbox or java");
        }
        try (Slipway slipway = Slipway.connect(Console::info)) {
            slipway.reap(Console::info);
            System.out.println("bench " + area + ": medians of " + rounds + " rounds");
            if (area.equals("java")) {
                new JavaBenchmark(slipway.sandboxFactory(options.limits()), System.out).run(rounds);
            } else {
                new SandboxBenchmark(slipway.engine(), slipway.sandboxFactory(options.limits()), System.out).run(rounds);
            }
        }
        return 0;
    }
}
