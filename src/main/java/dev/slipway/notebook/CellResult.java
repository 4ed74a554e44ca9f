package dev.slipway.notebook;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a Java cell did.
 *
 * @param output what it printed to System.out and System.err, in arrival order
 * @param value the value of the cell's last snippet when that is an expression, as JShell shows
 *     it ({@code "text"} in quotes, numbers plain)
 * @param diagnostics the compile errors, when {@code status} is {@code COMPILE_ERROR}
 * @param exception the exception's class and message, when {@code status} is {@code EXCEPTION}
 * @param trace a short stack trace of that exception, lines such as {@code at twice (line 3)}
 * @param notes plain-language notes for the learner, such as a session restarted
 */
public record CellResult(CellStatus status, String output, Optional<String> value, List<CellDiagnostic> diagnostics,
        Optional<String> exception, List<String> trace, Duration elapsed, List<String> notes) {

    private static final String ASSERTION = "java.lang.AssertionError";

    public CellResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(value, "value");
        diagnostics = List.copyOf(diagnostics);
        Objects.requireNonNull(exception, "exception");
        trace = List.copyOf(trace);
        Objects.requireNonNull(elapsed, "elapsed");
        notes = List.copyOf(notes);
    }

    public boolean completed() {
        return status == CellStatus.COMPLETED;
    }

    /** The same result with one more note. */
    public CellResult withNote(String note) {
        List<String> more = new java.util.ArrayList<>(notes);
        more.add(note);
        return new CellResult(status, output, value, diagnostics, exception, trace, elapsed, more);
    }

    /**
     * What went wrong, for the learner; empty when the cell completed. A failed assertion shows
     * only its message, since that is what a check's author wrote for the learner.
     */
    public String message() {
        return switch (status) {
            case COMPLETED -> "";
            case COMPILE_ERROR -> "the cell does not compile:\n" + diagnostics.stream().map(CellDiagnostic::format)
                    .collect(Collectors.joining("\n"));
            case EXCEPTION -> exceptionMessage();
            case STOPPED -> "the cell was stopped after " + elapsed.toSeconds() + " s, its time limit";
            case SESSION_ENDED -> "the Java session ended while the cell ran (System.exit, or out of memory);"
                    + " the next cell starts a new session without the earlier cells' variables";
        };
    }

    private String exceptionMessage() {
        String text = exception.orElse("an exception");
        if (text.startsWith(ASSERTION)) {
            String said = text.substring(ASSERTION.length()).replaceFirst("^: ", "");
            return said.isEmpty() ? "an assertion failed" + (trace.isEmpty() ? "" : " " + String.join(" ", trace)) : said;
        }
        return trace.isEmpty() ? text : text + "\n  " + String.join("\n  ", trace);
    }
}
