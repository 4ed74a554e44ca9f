package dev.slipway.lesson;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as authors write them: {@code 60s}, {@code 2m}, {@code 1m30s}, {@code 1h}. */
public final class DurationText {

    private static final Pattern FORMAT = Pattern.compile("(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?");

    /** What to tell an author whose duration did not parse. */
    public static final String HINT = "write it like 30s, 2m or 1m30s";

    private DurationText() {
    }

    /**
     * Parses hours, minutes and seconds, each optional but in that order.
     *
     * @return empty for blank text, text in another format, or a zero duration
     */
    public static Optional<Duration> parse(String text) {
        Matcher m = FORMAT.matcher(text.strip());
        if (text.isBlank() || !m.matches()) {
            return Optional.empty();
        }
        Duration d = Duration.ofHours(number(m.group(1)))
                .plusMinutes(number(m.group(2)))
                .plusSeconds(number(m.group(3)));
        return d.isZero() ? Optional.empty() : Optional.of(d);
    }

    private static long number(String group) {
        return group == null ? 0 : Long.parseLong(group);
    }
}
