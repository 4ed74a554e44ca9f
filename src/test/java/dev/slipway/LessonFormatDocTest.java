package dev.slipway;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import dev.slipway.check.AssertionParser;
import dev.slipway.lesson.LessonLinter;
import dev.slipway.lesson.LessonParser;
import dev.slipway.lesson.LessonProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Lints every example lesson in {@code docs/lesson-format.md}: a {@code ````markdown} block is
 * a whole lesson file named {@code example.md}; when the next code block is a {@code ```text}
 * block of {@code example.md:} lines, those are exactly the problems it must produce, else none.
 */
class LessonFormatDocTest {

    private static final Path DOC = Path.of("docs/lesson-format.md");
    private static final Path EXAMPLE = Path.of("example.md");

    private final LessonLinter linter = new LessonLinter(new LessonParser(), new AssertionParser());

    /** One example lesson of the doc. */
    private record Example(int line, String lesson, List<String> problems) {
    }

    @TestFactory
    Stream<DynamicTest> everyExampleLintsAsDocumented() throws IOException {
        return examples().stream().map(example -> DynamicTest.dynamicTest("example at line " + example.line(), () -> {
            List<String> found = linter.lint(EXAMPLE, example.lesson()).stream().map(LessonProblem::format).toList();
            assertThat(found).as("problems of the example at docs/lesson-format.md:" + example.line())
                    .containsExactlyElementsOf(example.problems());
        }));
    }

    @Test
    void docHasValidAndFailingExamples() throws IOException {
        List<Example> examples = examples();

        assertThat(examples).filteredOn(e -> e.problems().isEmpty()).hasSizeGreaterThan(8);
        assertThat(examples).filteredOn(e -> !e.problems().isEmpty()).hasSizeGreaterThan(10);
    }

    private static List<Example> examples() throws IOException {
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
                && lines.stream().allMatch(l -> l.startsWith(EXAMPLE + ":"));
        return isOutput ? lines : List.of();
    }
}
