package dev.slipway.cli;

import dev.slipway.engine.EngineException;
import dev.slipway.sandbox.SandboxException;
import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine;

/**
 * Prints Slipway's own errors as one clear message, with no stack trace: they already say what
 * failed and what to do. Anything else is a bug and keeps its trace.
 */
final class FriendlyErrors implements CommandLine.IExecutionExceptionHandler {

    static final int FAILED = 2;

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parsed) {
        if (e instanceof EngineException || e instanceof SandboxException || e instanceof IllegalArgumentException
                || e instanceof UncheckedIOException || e instanceof IOException) {
            commandLine.getErr().println("slipway: " + e.getMessage());
            return FAILED;
        }
        commandLine.getErr().println("slipway: unexpected error (please report it):");
        e.printStackTrace(commandLine.getErr());
        return FAILED;
    }
}
