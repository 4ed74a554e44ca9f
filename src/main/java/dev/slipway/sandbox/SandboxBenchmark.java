package dev.slipway.sandbox;

import dev.slipway.bench.Median;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Statistics;
import dev.slipway.engine.HostEngine;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Measures the sandbox layer against its targets and prints medians: a cold sandbox, one from
 * the warm pool, {@code true} through Slipway against {@code docker exec} side by side, and an
 * idle sandbox's memory.
 */
public final class SandboxBenchmark {

    private final HostEngine engine;
    private final SandboxFactory factory;
    private final PrintStream out;

    public SandboxBenchmark(HostEngine engine, SandboxFactory factory, PrintStream out) {
        this.engine = engine;
        this.factory = factory;
        this.out = out;
    }

    /** Runs every measurement {@code rounds} times and prints one line per figure. */
    public void run(int rounds) throws InterruptedException {
        double cold = median(rounds, () -> {
            long start = System.nanoTime();
            Sandbox sandbox = factory.create();
            long elapsed = System.nanoTime() - start;
            sandbox.close();
            return elapsed / 1e6;
        });
        report("cold sandbox, request to engine answering (busybox loaded)", cold, "ms", "target <= 3000 ms");

        try (SandboxPool pool = new SandboxPool(factory, 1, message -> { }).start()) {
            List<Double> warm = new ArrayList<>();
            for (int i = 0; i < rounds; i++) {
                pool.awaitFull(Duration.ofMinutes(2));
                long start = System.nanoTime();
                Sandbox sandbox = pool.acquire();
                warm.add((System.nanoTime() - start) / 1e6);
                sandbox.close();
            }
            report("sandbox from the warm pool", Median.of(warm), "ms", "target <= 50 ms");
        }

        try (DockerSandbox sandbox = (DockerSandbox) factory.create()) {
            measureExec(sandbox, Math.max(rounds * 4, 20));
            Thread.sleep(5000);
            report("memory of an idle sandbox", idleMemoryMib(sandbox), "MiB", "target <= 64 MiB");
        }
    }

    private void measureExec(DockerSandbox sandbox, int rounds) {
        ExecRequest request = ExecRequest.of("true");
        List<String> cli = List.of("docker", "--host", engine.host().toString(), "exec", sandbox.containerId(), "true");
        List<Double> slipway = new ArrayList<>();
        List<Double> docker = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            slipway.add(time(() -> sandbox.exec(request, OutputSink.NONE)));
            docker.add(time(() -> runProcess(cli)));
        }
        double ours = Median.of(slipway);
        double theirs = Median.of(docker);
        report("exec `true` through Slipway", ours, "ms", "");
        report("`docker exec` of `true`, same engine, side by side", theirs, "ms", "");
        out.printf(Locale.ROOT, "  %-58s %8.2f     target <= 1.20%n", "ratio Slipway / docker exec", ours / theirs);
    }

    private double idleMemoryMib(DockerSandbox sandbox) throws InterruptedException {
        List<Statistics> stats = new ArrayList<>();
        var callback = engine.client().statsCmd(sandbox.containerId()).withNoStream(true)
                .exec(new ResultCallback.Adapter<Statistics>() {
                    @Override
                    public void onNext(Statistics statistics) {
                        stats.add(statistics);
                    }
                });
        callback.awaitCompletion(30, TimeUnit.SECONDS);
        try {
            callback.close();
        } catch (IOException ignored) {
            // the stream is finished already
        }
        if (stats.isEmpty()) {
            return Double.NaN;
        }
        // Like `docker stats`: usage less inactive file cache, which the kernel takes back at will.
        // The inner engine's tmpfs disk is shared memory, so it stays counted.
        var memory = stats.get(0).getMemoryStats();
        var details = memory.getStats();
        long reclaimable = details == null || details.getTotalInactiveFile() == null ? 0 : details.getTotalInactiveFile();
        return (memory.getUsage() - reclaimable) / (1024.0 * 1024.0);
    }

    private static void runProcess(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (process.waitFor() != 0) {
                throw new SandboxException(String.join(" ", command) + " failed with exit " + process.exitValue());
            }
        } catch (IOException e) {
            throw new SandboxException("cannot run " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static double time(Runnable action) {
        long start = System.nanoTime();
        action.run();
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(int rounds, Supplier<Double> measurement) {
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            values.add(measurement.get());
        }
        return Median.of(values);
    }

    private void report(String what, double value, String unit, String target) {
        out.printf(Locale.ROOT, "  %-58s %8.1f %-4s %s%n", what, value, unit, target);
    }
}
