package dev.slipway.lesson;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits shell text into simple commands well enough to find docker invocations: quotes and
 * backslashes are resolved, comments skipped, and {@code ; & | ( ) `}, {@code $(} and newlines
 * end a command. Redirections and their targets are dropped. It does not expand anything.
 */
final class ShellScanner {

    private static final String SEPARATORS = ";&|()`";

    private final String text;
    private final List<ShellCommand> commands = new ArrayList<>();
    private final List<String> words = new ArrayList<>();
    private final StringBuilder word = new StringBuilder();
    private boolean inWord;
    private boolean dropNextWord;
    private int line;
    private int commandLine;
    private int pos;

    private ShellScanner(String text) {
        this.text = text;
    }

    static List<ShellCommand> scan(String text) {
        ShellScanner scanner = new ShellScanner(text);
        scanner.run();
        return scanner.commands;
    }

    private void run() {
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '\\' && pos < text.length()) {
                escaped(text.charAt(pos++));
            } else if (c == '\'') {
                quoted('\'');
            } else if (c == '"') {
                quoted('"');
            } else if (c == '#' && !inWord) {
                skipComment();
            } else if (c == '\n') {
                endCommand();
                line++;
            } else if (c == '$' && pos < text.length() && text.charAt(pos) == '(') {
                pos++;
                endCommand();
            } else if (SEPARATORS.indexOf(c) >= 0) {
                endCommand();
            } else if (c == '<' || c == '>') {
                redirection();
            } else if (c == ' ' || c == '\t') {
                endWord();
            } else {
                append(c);
            }
        }
        endCommand();
    }

    private void escaped(char c) {
        if (c == '\n') {
            line++;
        } else {
            append(c);
        }
    }

    private void quoted(char quote) {
        inWord = true;
        while (pos < text.length() && text.charAt(pos) != quote) {
            char c = text.charAt(pos++);
            if (c == '\n') {
                line++;
            }
            if (quote == '"' && c == '\\' && pos < text.length() && "\"\\$`".indexOf(text.charAt(pos)) >= 0) {
                c = text.charAt(pos++);
            }
            word.append(c);
        }
        pos++;
    }

    private void skipComment() {
        while (pos < text.length() && text.charAt(pos) != '\n') {
            pos++;
        }
    }

    /** A redirection such as {@code 2>/dev/null} or {@code > out}: the fd number and the target go. */
    private void redirection() {
        if (inWord && word.chars().allMatch(Character::isDigit)) {
            word.setLength(0);
            inWord = false;
        }
        endWord();
        while (pos < text.length() && (text.charAt(pos) == '>' || text.charAt(pos) == '&')) {
            pos++;
        }
        dropNextWord = true;
    }

    private void append(char c) {
        inWord = true;
        word.append(c);
    }

    private void endWord() {
        if (!inWord) {
            return;
        }
        if (dropNextWord) {
            dropNextWord = false;
        } else {
            if (words.isEmpty()) {
                commandLine = line;
            }
            words.add(word.toString());
        }
        word.setLength(0);
        inWord = false;
    }

    private void endCommand() {
        endWord();
        dropNextWord = false;
        int start = 0;
        while (start < words.size() && (words.get(start).matches("[A-Za-z_][A-Za-z0-9_]*=.*")
                || words.get(start).equals("sudo"))) {
            start++;
        }
        if (start < words.size()) {
            commands.add(new ShellCommand(commandLine, words.subList(start, words.size())));
        }
        words.clear();
    }
}
