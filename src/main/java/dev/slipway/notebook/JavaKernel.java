package dev.slipway.notebook;

import dev.slipway.sandbox.ExecRequest;
import dev.slipway.sandbox.ExecResult;
import dev.slipway.sandbox.OutputSink;
import dev.slipway.sandbox.Sandbox;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.channels.SocketChannel;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One notebook runner process in a sandbox, holding the state of one notebook session: a JVM
 * that evaluates cells with JShell, reached over a unix socket in the folder the sandbox shares
 * with Slipway. Cells run one at a time. Closing the connection ends the runner.
 */
final class JavaKernel implements AutoCloseable {

    static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    /** How long past its time limit a cell may take to stop before the runner is ended. */
    static final Duration STOP_GRACE = Duration.ofSeconds(10);
    private static final Duration LIVENESS_INTERVAL = Duration.ofSeconds(2);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SocketChannel channel;
    private final DataOutputStream out;
    private final BlockingQueue<RunnerProtocol.Event> events = new LinkedBlockingQueue<>();
    private final long outputCap;
    private volatile boolean open = true;

    private JavaKernel(Sandbox sandbox, String name, SocketChannel channel, long outputCap) {
        this.channel = channel;
        this.outputCap = outputCap;
        this.out = new DataOutputStream(new BufferedOutputStream(ChannelStreams.output(channel)));
        Thread reader = new Thread(this::readEvents, "notebook " + sandbox.id() + " " + name);
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Starts a runner in {@code sandbox} and returns once it is ready for cells.
     *
     * @throws NotebookException with the runner's own messages when it does not start
     */
    static JavaKernel start(Sandbox sandbox, long outputCap) {
        String name = "notebook-" + HexFormat.of().formatHex(RANDOM.generateSeed(6)) + ".sock";
        sandbox.startDetached(List.of("slipway-notebook", name));
        long start = System.nanoTime();
        long lastLivenessCheck = start;
        while (true) {
            try {
                return new JavaKernel(sandbox, name, sandbox.connect(name), outputCap);
            } catch (IOException notYet) {
                long now = System.nanoTime();
                if (now - start > START_TIMEOUT.toNanos()) {
                    throw failedToStart(sandbox, name, "did not answer within " + START_TIMEOUT.toSeconds() + " s");
                }
                if (now - lastLivenessCheck > LIVENESS_INTERVAL.toNanos()) {
                    lastLivenessCheck = now;
                    if (!running(sandbox, name)) {
                        throw failedToStart(sandbox, name, "ended before it was ready");
                    }
                }
                pause();
            }
        }
    }

    boolean isOpen() {
        return open;
    }

    /** Runs one cell, passing its output to {@code sink} as it arrives. */
    synchronized CellResult run(Cell cell, OutputSink sink) {
        events.removeIf(event -> event instanceof RunnerProtocol.Output);
        long start = System.nanoTime();
        var output = new CappedText(outputCap);
        try {
            RunnerProtocol.writeRequest(out, cell);
        } catch (IOException e) {
            close();
            return ended(start, output);
        }
        long deadline = start + cell.timeout().plus(STOP_GRACE).toNanos();
        while (true) {
            RunnerProtocol.Event event = next(deadline);
            if (event == null) {
                close();
                return result(CellStatus.STOPPED, start, output, Optional.empty(), List.of(), Optional.empty(), List.of())
                        .withNote("the cell did not stop at its time limit (it may wait for a slow Docker call), so its"
                                + " Java session was ended; the next cell starts a new one without the earlier cells' variables");
            }
            if (event instanceof RunnerProtocol.Output printed) {
                output.append(printed.text());
                sink.accept(printed.stream(), printed.text());
            } else if (event instanceof RunnerProtocol.Finished finished) {
                return result(finished.status(), start, output, finished.value(), finished.diagnostics(),
                        finished.exception(), finished.trace());
            } else {
                close();
                return ended(start, output);
            }
        }
    }

    private RunnerProtocol.Event next(long deadline) {
        try {
            return events.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new RunnerProtocol.Closed("interrupted");
        }
    }

    private CellResult ended(long start, CappedText output) {
        return result(CellStatus.SESSION_ENDED, start, output, Optional.empty(), List.of(), Optional.empty(), List.of());
    }

    private static CellResult result(CellStatus status, long start, CappedText output, Optional<String> value,
            List<CellDiagnostic> diagnostics, Optional<String> exception, List<String> trace) {
        CellResult result = new CellResult(status, output.text(), value, diagnostics, exception, trace,
                Duration.ofNanos(System.nanoTime() - start), List.of());
        return output.dropped() > 0 ? result.withNote("the output was cut: " + output.dropped()
                + " more characters were dropped") : result;
    }

    private void readEvents() {
        try (var in = new DataInputStream(new BufferedInputStream(ChannelStreams.input(channel)))) {
            while (true) {
                events.add(RunnerProtocol.readEvent(in));
            }
        } catch (IOException e) {
            open = false;
            events.add(new RunnerProtocol.Closed(e.getMessage() == null ? "closed" : e.getMessage()));
        }
    }

    /** Ends the session: the runner ends when its connection closes, a running cell included. */
    @Override
    public void close() {
        open = false;
        try {
            channel.close();
        } catch (IOException ignored) {
            // the runner is gone already
        }
    }

    private static boolean running(Sandbox sandbox, String name) {
        ExecResult ps = sandbox.exec(ExecRequest.of("pgrep -f '[N]otebookRunner /run/slipway/" + name + "'"), OutputSink.NONE);
        return ps.exitCode() == 0;
    }

    private static NotebookException failedToStart(Sandbox sandbox, String name, String what) {
        ExecResult log = sandbox.exec(ExecRequest.of("tail -n 20 /run/slipway/" + name + ".log"), OutputSink.NONE);
        String said = (log.stdout() + log.stderr()).strip();
        return new NotebookException("the Java notebook runner in sandbox " + sandbox.id() + " " + what
                + (said.isEmpty() ? "" : "; it said:\n" + said)
                + "\nReset the sandbox and run the cell again; if it persists, remake the sandbox image (bin/slipway images).");
    }

    private static void pause() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotebookException("interrupted while the Java notebook runner started", e);
        }
    }
}
