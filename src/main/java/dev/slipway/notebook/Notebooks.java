package dev.slipway.notebook;

import dev.slipway.sandbox.OutputSink;
import dev.slipway.sandbox.Sandbox;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The notebook sessions of a Slipway process, one runner per session in the session's sandbox.
 * A session whose runner ended (a cell called System.exit, or was stuck past its time limit)
 * is started again on its next cell, which is told that the earlier state is gone.
 */
public final class Notebooks implements CellRunner, AutoCloseable {

    static final String RESTARTED = "this cell ran in a new Java session, since the previous one had ended:"
            + " variables and methods of earlier cells are gone; run those cells again";

    private final Map<Key, JavaKernel> kernels = new ConcurrentHashMap<>();
    private final long outputCap;

    /** @param outputCap characters of each cell's output kept */
    public Notebooks(long outputCap) {
        this.outputCap = outputCap;
    }

    private record Key(String sandboxId, String notebookId) {
    }

    @Override
    public CellResult run(Sandbox sandbox, String notebookId, Cell cell, OutputSink sink) {
        Key key = new Key(sandbox.id(), notebookId);
        boolean restarted = Optional.ofNullable(kernels.get(key)).filter(kernel -> !kernel.isOpen())
                .map(kernel -> kernels.remove(key, kernel)).orElse(false);
        JavaKernel kernel = kernels.computeIfAbsent(key, k -> JavaKernel.start(sandbox, outputCap));
        CellResult result = kernel.run(cell, sink);
        return restarted ? result.withNote(RESTARTED) : result;
    }

    @Override
    public void end(Sandbox sandbox, String notebookId) {
        Optional.ofNullable(kernels.remove(new Key(sandbox.id(), notebookId))).ifPresent(JavaKernel::close);
    }

    /** Ends every session. */
    @Override
    public void close() {
        kernels.values().forEach(JavaKernel::close);
        kernels.clear();
    }
}
