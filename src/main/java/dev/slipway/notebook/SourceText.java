package dev.slipway.notebook;

/** Positions in a cell's code. */
final class SourceText {

    private SourceText() {
    }

    /** How many whitespace characters {@code text} starts with. */
    static int leadingSpace(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The 1-based line of the character at {@code position}. */
    static int lineOf(String text, int position) {
        int end = Math.min(position, text.length());
        int line = 1;
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
