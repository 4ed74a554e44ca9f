package dev.slipway.lesson;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads lesson files into {@link Lesson}s, collecting every problem instead of stopping at the
 * first. Holds one markdown parser; safe to share between threads.
 */
public final class LessonParser {

    private final Parser markdown = Parser.builder().build();
    private final FrontMatterParser yaml = new FrontMatterParser();

    /** Reads and parses a UTF-8 lesson file. */
    public ParsedLesson read(Path path) throws IOException {
        return parse(path, Files.readString(path, StandardCharsets.UTF_8));
    }

    /**
     * Parses a lesson.
     *
     * @param path the file the text came from; names the lesson and its problems, not read
     * @param source the file's text; CRLF line ends are accepted
     */
    public ParsedLesson parse(Path path, String source) {
        Problems problems = new Problems(path);
        String text = source.replace("\r\n", "\n");
        LessonSource split = LessonSource.split(text, problems);
        String id = Lesson.idOf(path);
        FrontMatter frontMatter = split.frontMatter()
                .map(yamlText -> new FrontMatterFields(yaml.read(yamlText, LessonSource.YAML_FIRST_LINE, problems), problems)
                        .build(1, id))
                .orElse(FrontMatter.titled(id));
        BlockReader reader = new BlockReader(problems);
        ExerciseCollector exercises = new ExerciseCollector(problems);
        List<Block> blocks = new ArrayList<>();
        for (Node node : markdown.parse(split.body()).getDescendants()) {
            if (node instanceof Heading heading) {
                exercises.heading(heading.getLevel(), heading.getText().toString(), lineOf(node));
            } else if (node instanceof FencedCodeBlock fence) {
                read(fence, blocks.size(), reader, problems).ifPresent(block -> {
                    blocks.add(block);
                    exercises.block(block);
                });
            }
        }
        Lesson lesson = new Lesson(id, path, frontMatter, blocks, exercises.finish(), source);
        return new ParsedLesson(lesson, problems.list());
    }

    private static Optional<Block> read(FencedCodeBlock fence, int index, BlockReader reader, Problems problems) {
        int line = lineOf(fence);
        if (fence.getClosingMarker().isEmpty()) {
            problems.error(line, "this code block is never closed, so the rest of the file is inside it; add a line "
                    + fence.getOpeningMarker() + " where the block ends");
            return Optional.empty();
        }
        return reader.read(index, line, fence.getInfo().toString(), fence.getContentChars().toString());
    }

    private static int lineOf(Node node) {
        return node.getStartLineNumber() + 1;
    }
}
