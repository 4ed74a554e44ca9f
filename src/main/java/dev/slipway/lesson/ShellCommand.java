package dev.slipway.lesson;

import java.util.List;

/**
 * One simple command of a shell script, as far as a linter needs it.
 *
 * @param line 0-based line of the command's first word within the script
 * @param words the words after quote removal, leading {@code VAR=value} assignments and
 *     {@code sudo} dropped
 */
record ShellCommand(int line, List<String> words) {

    ShellCommand {
        words = List.copyOf(words);
    }
}
