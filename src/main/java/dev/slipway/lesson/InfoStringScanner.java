package dev.slipway.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Splits an info string into words, resolving quotes and escapes. */
final class InfoStringScanner {

    /** A bare word, or a {@code name=value} pair when the word had an unquoted {@code =}. */
    record Word(String name, Optional<String> value) {
    }

    private final String text;
    private int pos;

    InfoStringScanner(String text) {
        this.text = text;
    }

    List<Word> words() {
        List<Word> words = new ArrayList<>();
        while (skipSpaces()) {
            words.add(word());
        }
        return words;
    }

    private boolean skipSpaces() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
        return pos < text.length();
    }

    private Word word() {
        StringBuilder current = new StringBuilder();
        Optional<String> name = Optional.empty();
        while (pos < text.length() && !Character.isWhitespace(text.charAt(pos))) {
            char c = text.charAt(pos++);
            if (c == '"') {
                current.append(doubleQuoted());
            } else if (c == '\'') {
                current.append(singleQuoted());
            } else if (c == '=' && name.isEmpty()) {
                name = Optional.of(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        return name.isEmpty()
                ? new Word(current.toString(), Optional.empty())
                : new Word(name.get(), Optional.of(current.toString()));
    }

    private String doubleQuoted() {
        StringBuilder value = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return value.toString();
            }
            if (c == '\\' && pos < text.length() && "\"\\n".indexOf(text.charAt(pos)) >= 0) {
                char escaped = text.charAt(pos++);
                c = escaped == 'n' ? '\n' : escaped;
            }
            value.append(c);
        }
        throw new InfoStringException("a \" quote is not closed; end the value with \"");
    }

    private String singleQuoted() {
        int end = text.indexOf('\'', pos);
        if (end < 0) {
            throw new InfoStringException("a ' quote is not closed; end the value with '");
        }
        String value = text.substring(pos, end);
        pos = end + 1;
        return value;
    }
}
