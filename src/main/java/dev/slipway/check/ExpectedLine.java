package dev.slipway.check;

import dev.slipway.lesson.Command;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** One expected line of a transcript, compiled for matching. */
final class ExpectedLine {

    static final String ELLIPSIS = "...";

    private final String text;
    private final Pattern pattern;

    private ExpectedLine(String text, Pattern pattern) {
        this.text = text;
        this.pattern = pattern;
    }

    /**
     * Compiles an expected line, trailing whitespace trimmed: {@code ...} alone matches any
     * lines, a line ending in {@code " (re)"} is a regular expression for the whole line (a line
     * whose expression does not compile is compared as plain text), and {@code ...} inside a
     * line matches any text.
     */
    static ExpectedLine of(String line) {
        String text = line.stripTrailing();
        Optional<String> written = Command.regexOf(text);
        if (written.isPresent()) {
            try {
                return new ExpectedLine(text, Pattern.compile(written.get()));
            } catch (PatternSyntaxException e) {
                return new ExpectedLine(text, Pattern.compile(Pattern.quote(text)));
            }
        }
        String[] parts = text.split(Pattern.quote(ELLIPSIS), -1);
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            regex.append(i > 0 ? ".*" : "").append(Pattern.quote(parts[i]));
        }
        return new ExpectedLine(text, Pattern.compile(regex.toString()));
    }

    boolean isEllipsis() {
        return text.equals(ELLIPSIS);
    }

    boolean matches(String actual) {
        return pattern.matcher(actual).matches();
    }

    String text() {
        return text;
    }
}
