package dev.slipway.lesson;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** Turns front matter keys into a {@link FrontMatter}, reporting unknown keys and bad values. */
final class FrontMatterFields {

    private static final String TITLE_EXAMPLE = "title: Running containers";

    static final List<String> KEYS = List.of("title", "summary", "order", "images", "setup", "timeout");

    private final Map<String, FrontMatterParser.Entry> entries;
    private final Problems problems;

    FrontMatterFields(Map<String, FrontMatterParser.Entry> entries, Problems problems) {
        this.entries = entries;
        this.problems = problems;
    }

    /**
     * Builds the front matter; a missing or bad value gets its default after being reported.
     *
     * @param openLine the line of the opening {@code ---}, where a missing title is reported
     * @param fallbackTitle the title used when the front matter has none
     */
    FrontMatter build(int openLine, String fallbackTitle) {
        entries.forEach((key, entry) -> {
            if (!KEYS.contains(key)) {
                problems.error(entry.line(), unknownKey(key));
            }
        });
        Optional<String> title = text("title", TITLE_EXAMPLE);
        if (!entries.containsKey("title")) {
            problems.error(openLine, "the front matter has no title; add a line such as " + TITLE_EXAMPLE);
        } else if (title.filter(String::isBlank).isPresent()) {
            problems.error(entries.get("title").line(), "title is empty; write the lesson's title, such as " + TITLE_EXAMPLE);
        }
        return new FrontMatter(
                title.filter(t -> !t.isBlank()).orElse(fallbackTitle),
                text("summary", "summary: Start, list and stop containers.").orElse(""),
                order(),
                images(),
                text("setup", "setup: docker rm -f web || true").orElse(""),
                timeout());
    }

    private static String unknownKey(String key) {
        return Suggestion.closest(key, KEYS)
                .map(s -> "front matter key '" + key + "' is not known; did you mean '" + s + "'?")
                .orElse("front matter key '" + key + "' is not known; use " + String.join(", ", KEYS.subList(0, 5))
                        + " or timeout");
    }

    private Optional<String> text(String key, String example) {
        return entry(key).flatMap(e -> {
            if (e.value().isNull()) {
                return Optional.of("");
            }
            if (e.value().isValueNode()) {
                return Optional.of(e.value().asText());
            }
            problems.error(e.line(), key + " must be text, such as " + example);
            return Optional.empty();
        });
    }

    private OptionalInt order() {
        return entry("order").map(e -> {
            if (e.value().isIntegralNumber() && e.value().canConvertToInt()) {
                return OptionalInt.of(e.value().intValue());
            }
            problems.error(e.line(), "order must be a whole number, such as order: 30");
            return OptionalInt.empty();
        }).orElse(OptionalInt.empty());
    }

    private List<String> images() {
        return entry("images").map(e -> {
            JsonNode value = e.value();
            if (value.isTextual() && !value.asText().isBlank()) {
                return List.of(value.asText().strip());
            }
            List<String> images = new ArrayList<>();
            if (value.isArray()) {
                value.forEach(item -> images.add(item.isTextual() ? item.asText().strip() : ""));
            }
            if (!value.isArray() || images.contains("")) {
                problems.error(e.line(), "images must be a list of image names, such as images: [busybox, nginx:alpine]");
                images.removeIf(String::isEmpty);
            }
            return List.copyOf(images);
        }).orElse(List.of());
    }

    private Duration timeout() {
        return entry("timeout").flatMap(e -> {
            Optional<Duration> parsed = e.value().isTextual() ? DurationText.parse(e.value().asText()) : Optional.empty();
            if (parsed.isEmpty()) {
                problems.error(e.line(), "timeout: " + e.value().asText() + " is not a duration; " + DurationText.HINT);
            }
            return parsed;
        }).orElse(FrontMatter.DEFAULT_TIMEOUT);
    }

    private Optional<FrontMatterParser.Entry> entry(String key) {
        return Optional.ofNullable(entries.get(key));
    }
}
