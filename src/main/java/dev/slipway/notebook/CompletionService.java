package dev.slipway.notebook;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;

/**
 * Code completion for the cell editor, with JShell's source code analysis on the server. A
 * cell is completed as it will run: after the notebook preamble (so {@code docker.} completes
 * DockerClient's methods), and after the cell's own snippets before the cursor, which are
 * declared in an analysis-only JShell that never runs code, then dropped again. Its JShell
 * starts on first use; calls are serialised.
 */
public final class CompletionService implements AutoCloseable {

    private Optional<AnalysisShell> shell = Optional.empty();

    /**
     * What may be typed at the cursor.
     *
     * @param anchor where the text the candidates replace starts (up to the cursor)
     * @param candidates replacements for the text from anchor to cursor, best first, no repeats
     */
    public record Completions(int anchor, List<String> candidates) {

        public Completions {
            candidates = List.copyOf(candidates);
        }
    }

    /** The candidates at {@code cursor} in {@code code}; empty when there are none. */
    public List<String> complete(String code, int cursor) {
        return suggest(code, cursor).candidates();
    }

    /**
     * The candidates at {@code cursor} in {@code code}, with where they start.
     *
     * @throws IllegalArgumentException when the cursor is outside the code
     */
    public synchronized Completions suggest(String code, int cursor) {
        if (cursor < 0 || cursor > code.length()) {
            throw new IllegalArgumentException("cursor " + cursor + " is outside the code (0 to " + code.length() + ")");
        }
        JShell jshell = shell().shell();
        SourceCodeAnalysis analysis = shell().analysis();
        List<Snippet> declared = new ArrayList<>();
        try {
            int offset = declareSnippetsBefore(code, cursor, jshell, declared);
            int[] anchor = new int[1];
            Set<String> matching = new LinkedHashSet<>();
            Set<String> others = new LinkedHashSet<>();
            for (SourceCodeAnalysis.Suggestion suggestion
                    : analysis.completionSuggestions(code.substring(offset), cursor - offset, anchor)) {
                (suggestion.matchesType() ? matching : others).add(suggestion.continuation());
            }
            matching.addAll(others);
            return new Completions(offset + anchor[0], new ArrayList<>(matching));
        } finally {
            declared.forEach(jshell::drop);
        }
    }

    /**
     * Declares, without running, the cell's complete snippets that end before the cursor's
     * snippet, returning where the cursor's snippet starts.
     */
    private static int declareSnippetsBefore(String code, int cursor, JShell jshell, List<Snippet> declared) {
        int offset = 0;
        while (true) {
            String remaining = code.substring(offset, cursor);
            SourceCodeAnalysis.CompletionInfo info = jshell.sourceCodeAnalysis().analyzeCompletion(remaining);
            if (!info.completeness().isComplete() || info.remaining().isBlank()
                    || info.remaining().length() >= remaining.length()) {
                return offset;
            }
            for (SnippetEvent event : jshell.eval(info.source())) {
                if (event.causeSnippet() == null && event.status().isActive()) {
                    declared.add(event.snippet());
                }
            }
            offset += remaining.length() - info.remaining().length();
        }
    }

    private AnalysisShell shell() {
        if (shell.isEmpty()) {
            shell = Optional.of(new AnalysisShell());
        }
        return shell.get();
    }

    @Override
    public synchronized void close() {
        shell.ifPresent(AnalysisShell::close);
        shell = Optional.empty();
    }
}
