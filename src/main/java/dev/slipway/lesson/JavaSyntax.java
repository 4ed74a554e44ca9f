package dev.slipway.lesson;

import java.util.List;
import java.util.Objects;

/**
 * Knows Java as Java cells are written (JShell snippets: statements, expressions, declarations
 * and imports). The linter asks it about every {@code ```java} block; it lives behind this
 * interface because Java is analysed by the {@code notebook} package, which depends on this one.
 */
@FunctionalInterface
public interface JavaSyntax {

    /** Syntax errors of a cell's code, in order; empty when it parses. */
    List<SyntaxError> errorsIn(String code);

    /**
     * One syntax error.
     *
     * @param line 1-based line of the cell's code
     */
    record SyntaxError(int line, String message) {

        public SyntaxError {
            Objects.requireNonNull(message, "message");
        }
    }
}
