package dev.slipway.lesson;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A block whose text the learner changed before running it. The edited block keeps the
 * original's info string, so it is the same kind of block with the same limits, file path and
 * expected exit code; only its text differs.
 */
public final class BlockEdit {

    private static final Pattern OPENING_FENCE = Pattern.compile("^\\s*(`{3,}|~{3,})");

    private BlockEdit() {
    }

    /**
     * The block {@code original} of {@code lesson} with {@code text} in place of its own.
     *
     * @throws IllegalArgumentException when the edited text makes a different kind of block (a
     *     transcript without a {@code $ } line) or a broken one; the message says what to fix
     */
    public static Block apply(Lesson lesson, Block original, String text) {
        String content = text.replace("\r\n", "\n");
        if (!content.isEmpty() && !content.endsWith("\n")) {
            content += "\n";
        }
        Problems problems = new Problems(Path.of("block " + original.index()));
        Optional<Block> edited = new BlockReader(problems).read(original.index(), original.line(), infoText(lesson, original), content);
        String found = problems.list().stream().filter(LessonProblem::isError).map(LessonProblem::message)
                .reduce((a, b) -> a + "; " + b).orElse("");
        if (!found.isEmpty()) {
            throw new IllegalArgumentException("the edited block " + original.index() + " cannot run: " + found);
        }
        return edited.filter(block -> block.getClass() == original.getClass())
                .orElseThrow(() -> new IllegalArgumentException("the edited block " + original.index()
                        + " is no longer a " + LessonRenderer.kindOf(original) + " block; restore the original and change less"));
    }

    /** The info string as written on the block's opening fence line. */
    private static String infoText(Lesson lesson, Block block) {
        String line = lesson.source().replace("\r\n", "\n").lines().skip(block.line() - 1L).findFirst().orElse("");
        return OPENING_FENCE.matcher(line).replaceFirst("");
    }
}
