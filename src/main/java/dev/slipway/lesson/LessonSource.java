package dev.slipway.lesson;

import java.util.List;
import java.util.Optional;

/**
 * A lesson file split into its front matter and its markdown body. The body keeps every line
 * (front matter lines become blank) so line numbers in the body are file line numbers.
 *
 * @param frontMatter the YAML between the {@code ---} lines, empty if the file has none
 * @param body the markdown to hand to the markdown parser
 */
record LessonSource(Optional<String> frontMatter, String body) {

    /** File line of the YAML's first line: the line after the opening {@code ---}. */
    static final int YAML_FIRST_LINE = 2;

    /**
     * Splits a file whose line ends are already {@code \n}. A missing front matter, or one
     * opened with {@code ---} on the first line and never closed, is reported, and the file read
     * as if it had none.
     */
    static LessonSource split(String text, Problems problems) {
        List<String> lines = text.lines().toList();
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            problems.error(1, "the lesson has no front matter; start the file with a line ---, a line such as"
                    + " title: Running containers, and a line ---");
            return new LessonSource(Optional.empty(), text);
        }
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.equals("---") || line.equals("...")) {
                String yaml = String.join("\n", lines.subList(1, i)) + "\n";
                String blanks = "\n".repeat(i + 1);
                String rest = String.join("\n", lines.subList(i + 1, lines.size()));
                return new LessonSource(Optional.of(yaml), blanks + rest + "\n");
            }
        }
        problems.error(1, "the front matter opened on line 1 is not closed; add a line --- after its last key");
        return new LessonSource(Optional.empty(), text);
    }
}
