package dev.slipway.notebook;

import dev.slipway.sandbox.OutputSink;
import dev.slipway.sandbox.Sandbox;

/**
 * Runs Java cells in a learner's sandbox, in notebook sessions: the cells of one session share
 * their state (imports, variables, methods) and a {@code DockerClient docker} connected to the
 * sandbox's engine.
 */
public interface CellRunner {

    /**
     * Runs a cell in the session {@code notebookId} of {@code sandbox}, started on first use,
     * passing its output to {@code sink} as it arrives.
     *
     * @throws NotebookException when no session can be started
     */
    CellResult run(Sandbox sandbox, String notebookId, Cell cell, OutputSink sink);

    /** Ends a session, if there is one; its next cell starts a new one. */
    void end(Sandbox sandbox, String notebookId);
}
