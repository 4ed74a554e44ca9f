package dev.slipway.lesson;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words after a code fence: {@code LANG FLAG FLAG key=value key="quoted value"}.
 *
 * <p>The language is the first word unless that word is a {@code key=value}; it is kept in
 * lower case, and is empty when the fence has no info string. Values may be bare, or quoted
 * with double quotes (inside which {@code \"}, {@code \\} and {@code \n}, a newline, are escapes;
 * any other backslash is kept) or single quotes (taken literally). A flag or key given twice is an error.
 *
 * @param language the block's language in lower case, empty if none
 * @param flags the bare words after the language, in order
 * @param attributes the {@code key=value} pairs, in order
 */
public record InfoString(String language, Set<String> flags, Map<String, String> attributes) {

    /** The info string of a fence that has none. */
    public static final InfoString EMPTY = new InfoString("", Set.of(), Map.of());

    public InfoString {
        flags = Collections.unmodifiableSet(new LinkedHashSet<>(flags));
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    /**
     * Parses an info string.
     *
     * @throws InfoStringException for an unclosed quote, a key without a name or a repeated word
     */
    public static InfoString parse(String text) {
        List<InfoStringScanner.Word> words = new InfoStringScanner(text).words();
        String language = "";
        int start = 0;
        if (!words.isEmpty() && words.get(0).value().isEmpty()) {
            language = words.get(0).name().toLowerCase(Locale.ROOT);
            start = 1;
        }
        Set<String> flags = new LinkedHashSet<>();
        Map<String, String> attributes = new LinkedHashMap<>();
        for (InfoStringScanner.Word word : words.subList(start, words.size())) {
            add(word, flags, attributes);
        }
        return new InfoString(language, flags, attributes);
    }

    private static void add(InfoStringScanner.Word word, Set<String> flags, Map<String, String> attributes) {
        String name = word.name();
        if (word.value().isEmpty()) {
            if (!flags.add(name)) {
                throw new InfoStringException(name + " is given twice; give it once");
            }
            return;
        }
        if (name.isEmpty()) {
            throw new InfoStringException("=" + word.value().get() + " has no name before '='; write name=value");
        }
        if (attributes.put(name, word.value().get()) != null) {
            throw new InfoStringException(name + "= is given twice; give it once");
        }
    }

    public boolean hasFlag(String flag) {
        return flags.contains(flag);
    }

    /** The value of {@code key=...}, empty if the key is absent. */
    public Optional<String> attribute(String key) {
        return Optional.ofNullable(attributes.get(key));
    }

    /** Every flag and key, in order, as authors wrote them: {@code run}, {@code timeout=}. */
    public List<String> names() {
        List<String> names = new ArrayList<>(flags);
        attributes.keySet().forEach(k -> names.add(k + "="));
        return names;
    }
}
