package dev.slipway;

import dev.slipway.notebook.JavaSyntaxChecker;
import static org.assertj.core.api.Assertions.assertThat;

import dev.slipway.check.AssertionParser;
import dev.slipway.lesson.LessonLinter;
import dev.slipway.lesson.LessonParser;
import dev.slipway.lesson.LessonProblem;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Lints every example lesson in {@code docs/lesson-format.md} (see {@link DocExamples}). */
class LessonFormatDocTest {

    private final LessonLinter linter = new LessonLinter(new LessonParser(), new AssertionParser(), new JavaSyntaxChecker());

    @TestFactory
    Stream<DynamicTest> everyExampleLintsAsDocumented() throws IOException {
        return DocExamples.all().stream().map(example -> DynamicTest.dynamicTest("example at line " + example.line(), () -> {
            List<String> found = linter.lint(DocExamples.FILE, example.lesson()).stream().map(LessonProblem::format).toList();
            assertThat(found).as("problems of the example at docs/lesson-format.md:" + example.line())
                    .containsExactlyElementsOf(example.problems());
        }));
    }

    @Test
    void docHasValidAndFailingExamples() throws IOException {
        List<DocExamples.Example> examples = DocExamples.all();

        assertThat(examples).filteredOn(e -> e.problems().isEmpty()).hasSizeGreaterThan(8);
        assertThat(examples).filteredOn(e -> !e.problems().isEmpty()).hasSizeGreaterThan(10);
    }
}
