package dev.slipway.run;

import dev.slipway.notebook.Cell;
import dev.slipway.notebook.CellResult;
import dev.slipway.notebook.CellRunner;
import dev.slipway.sandbox.ExecRequest;
import dev.slipway.sandbox.ExecResult;
import dev.slipway.sandbox.OutputSink;
import dev.slipway.sandbox.Sandbox;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The state of one block while it runs: the output merged in arrival order, the notes, the
 * time its own commands took, and the deadline all its commands share.
 */
final class BlockRun {

    private final int blockIndex;
    private final Sandbox sandbox;
    private final OutputSink sink;
    private final long outputCap;
    private final Duration timeout;
    private final long start = System.nanoTime();
    private final StringBuilder output = new StringBuilder();
    private final List<String> notes = new ArrayList<>();
    private Duration commandTime = Duration.ZERO;

    BlockRun(int blockIndex, Sandbox sandbox, OutputSink sink, long outputCap, Duration timeout) {
        this.blockIndex = blockIndex;
        this.sandbox = sandbox;
        this.sink = sink;
        this.outputCap = outputCap;
        this.timeout = timeout;
    }

    /** A command's result and what it printed, stdout and stderr merged in arrival order. */
    record Ran(ExecResult result, String output) {
    }

    Sandbox sandbox() {
        return sandbox;
    }

    Duration timeout() {
        return timeout;
    }

    /** True when the block's time limit has passed. */
    boolean overdue() {
        return remaining().isZero();
    }

    /** Runs one of the lesson's own commands with what is left of the block's time limit. */
    Ran exec(String command, Optional<String> stdin) {
        StringBuilder merged = new StringBuilder();
        ExecRequest request = ExecRequest.of(command).withTimeout(remaining()).withOutputCap(outputCap);
        ExecResult result = sandbox.exec(stdin.map(request::withStdin).orElse(request), (stream, text) -> {
            synchronized (merged) {
                merged.append(text);
            }
            show(stream, text);
        });
        commandTime = commandTime.plus(result.elapsed());
        result.notes().stream().filter(note -> !notes.contains(note)).forEach(notes::add);
        return new Ran(result, merged.toString());
    }

    /** Runs Java code in a notebook session with what is left of the block's time limit. */
    CellResult java(CellRunner cells, String notebookId, String code) {
        CellResult result = cells.run(sandbox, notebookId, new Cell(code, remainingOrMinimum()), this::show);
        commandTime = commandTime.plus(result.elapsed());
        result.notes().stream().filter(note -> !notes.contains(note)).forEach(notes::add);
        return result;
    }

    private Duration remainingOrMinimum() {
        Duration left = remaining();
        return left.isZero() ? Duration.ofMillis(1) : left;
    }

    /** Adds text to the output and the sink as if the block printed it. */
    void show(OutputSink.OutputStream stream, String text) {
        synchronized (output) {
            output.append(text);
        }
        sink.accept(stream, text);
    }

    Outcome finish(Verdict verdict, String message) {
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        String text;
        synchronized (output) {
            text = output.toString();
        }
        return new Outcome(new RunResult(blockIndex, verdict, text, message, elapsed, notes), commandTime);
    }

    private Duration remaining() {
        Duration left = timeout.minusNanos(System.nanoTime() - start);
        return left.isNegative() || left.isZero() ? Duration.ZERO : left;
    }
}
