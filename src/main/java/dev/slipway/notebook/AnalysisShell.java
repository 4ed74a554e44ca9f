package dev.slipway.notebook;

import dev.slipway.engine.NotebookLibraries;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;

/**
 * A JShell on the server for analysis only: its execution engine never runs code. It knows the
 * notebook libraries and the preamble (imports and {@code DockerClient docker}) that every
 * session in a sandbox starts with, so cells are analysed as they will run. Not thread-safe.
 */
final class AnalysisShell implements AutoCloseable {

    private final JShell shell;

    AnalysisShell() {
        this(NotebookLibraries.jars(), NotebookLibraries.preamble());
    }

    AnalysisShell(List<Path> jars, List<String> preamble) {
        shell = JShell.builder().executionEngine(new NoExecution(), Map.of()).build();
        jars.forEach(jar -> shell.addToClasspath(jar.toString()));
        for (String snippet : preamble) {
            for (SnippetEvent event : shell.eval(snippet)) {
                if (event.status() == Snippet.Status.REJECTED) {
                    throw new NotebookException("the notebook preamble does not compile on the server at " + snippet + ": "
                            + shell.diagnostics(event.snippet()).map(d -> d.getMessage(Locale.ROOT)).toList());
                }
            }
        }
    }

    JShell shell() {
        return shell;
    }

    SourceCodeAnalysis analysis() {
        return shell.sourceCodeAnalysis();
    }

    @Override
    public void close() {
        shell.close();
    }
}
