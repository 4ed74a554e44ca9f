package dev.slipway.check;

import java.util.ArrayList;
import java.util.List;

/** Splits an assertion line into words; double-quoted text is one word ({@code \"} and {@code \\} escape). */
final class AssertionWords {

    private AssertionWords() {
    }

    static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            if (Character.isWhitespace(line.charAt(i))) {
                i++;
            } else if (line.charAt(i) == '"') {
                StringBuilder word = new StringBuilder();
                i = quoted(line, i + 1, word);
                words.add(word.toString());
            } else {
                int start = i;
                while (i < line.length() && !Character.isWhitespace(line.charAt(i))) {
                    i++;
                }
                words.add(line.substring(start, i));
            }
        }
        return words;
    }

    /** Reads up to the closing quote; returns the position after it. */
    private static int quoted(String line, int from, StringBuilder word) {
        int i = from;
        while (i < line.length()) {
            char c = line.charAt(i++);
            if (c == '"') {
                return i;
            }
            if (c == '\\' && i < line.length() && (line.charAt(i) == '"' || line.charAt(i) == '\\')) {
                c = line.charAt(i++);
            }
            word.append(c);
        }
        throw new AssertionSyntaxException("a \" quote is not closed; end the text with \"");
    }
}
