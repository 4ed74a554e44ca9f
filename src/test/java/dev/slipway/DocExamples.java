package dev.slipway;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The example lessons of {@code docs/lesson-format.md}: a {@code ````markdown} block is a whole
 * lesson file named {@code example.md}; when the next code block is a {@code ```text} block of
 * {@code example.md:} lines, those are exactly the problems it must produce, else none.
 */
final class DocExamples {

    static final Path DOC = Path.of("docs/lesson-format.md");
    static final Path FILE = Path.of("example.md");

    /** One example lesson of the doc, with the problems it documents (empty for a valid one). */
    record Example(int line, String lesson, List<String> problems) {
    }

    private DocExamples() {
    }

    static List<Example> all() throws IOException {
        Node document = Parser.builder().build().parse(Files.readString(DOC));
        List<FencedCodeBlock> fences = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof FencedCodeBlock fence) {
                fences.add(fence);
            }
        }
        List<Example> examples = new ArrayList<>();
        for (int i = 0; i < fences.size(); i++) {
            FencedCodeBlock fence = fences.get(i);
            if (fence.getInfo().toString().equals("markdown")) {
                List<String> problems = i + 1 < fences.size() ? expectedProblems(fences.get(i + 1)) : List.of();
                examples.add(new Example(fence.getStartLineNumber() + 1, fence.getContentChars().toString(), problems));
            }
        }
        return examples;
    }

    private static List<String> expectedProblems(FencedCodeBlock next) {
        List<String> lines = next.getContentChars().toString().lines().toList();
        boolean isOutput = next.getInfo().toString().equals("text") && !lines.isEmpty()
                && lines.stream().allMatch(l -> l.startsWith(FILE + ":"));
        return isOutput ? lines : List.of();
    }
}
