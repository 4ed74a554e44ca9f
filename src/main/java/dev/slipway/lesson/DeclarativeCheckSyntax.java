package dev.slipway.lesson;

import java.util.Optional;

/**
 * Knows the language of declarative check lines. The linter asks it about every line of a
 * {@code ```check} block; it lives behind this interface because assertions are verified by
 * the {@code check} package, which depends on this one.
 */
@FunctionalInterface
public interface DeclarativeCheckSyntax {

    /** What is wrong with an assertion line and how to fix it; empty when it is valid. */
    Optional<String> problemIn(String assertion);
}
