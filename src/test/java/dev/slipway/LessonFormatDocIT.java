package dev.slipway;

import dev.slipway.notebook.JavaSyntaxChecker;
import static org.assertj.core.api.Assertions.assertThat;

import dev.slipway.check.AssertionParser;
import dev.slipway.lesson.LessonLinter;
import dev.slipway.lesson.LessonParser;
import dev.slipway.run.BlockReport;
import dev.slipway.run.BlockRunner;
import dev.slipway.run.CheckListener;
import dev.slipway.run.LessonChecker;
import dev.slipway.run.LessonReport;
import dev.slipway.run.Verdict;
import dev.slipway.sandbox.SandboxFactory;
import dev.slipway.sandbox.SandboxSource;
import dev.slipway.sandbox.TestEngine;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs every valid example lesson of {@code docs/lesson-format.md} headless, in a fresh sandbox
 * each, as {@code slipway check} would: each block must pass, or be skipped (terminal blocks
 * without input, Java cells), and each exercise's check must fail before its solution.
 */
@ExtendWith(TestEngine.Extension.class)
class LessonFormatDocIT {

    @TestFactory
    Stream<DynamicTest> everyValidExamplePassesWhenChecked(TestEngine engine) throws IOException {
        SandboxFactory factory = engine.factory();
        LessonParser parser = new LessonParser();
        LessonChecker checker = new LessonChecker(parser, new LessonLinter(parser, new AssertionParser(), new JavaSyntaxChecker()),
                new BlockRunner(factory.limits().outputCap()), SandboxSource.fresh(factory::create));
        return DocExamples.all().stream().filter(example -> example.problems().isEmpty())
                .map(example -> DynamicTest.dynamicTest("example at line " + example.line(), () -> {
                    LessonReport report = checker.run(parser.parse(DocExamples.FILE, example.lesson()).lesson(),
                            CheckListener.NONE);
                    assertThat(report.errors()).as("errors of the example at docs/lesson-format.md:" + example.line())
                            .isEmpty();
                    assertThat(report.blocks()).as("blocks of the example at docs/lesson-format.md:" + example.line())
                            .allSatisfy(block -> assertThat(block.result().verdict())
                                    .as(describe(block)).isIn(Verdict.PASSED, Verdict.SKIPPED));
                }));
    }

    private static String describe(BlockReport block) {
        return block.location() + " " + block.label() + ": " + block.result().message() + "\n" + block.result().output();
    }
}
