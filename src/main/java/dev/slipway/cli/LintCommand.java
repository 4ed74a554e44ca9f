package dev.slipway.cli;

import dev.slipway.check.AssertionParser;
import dev.slipway.lesson.LessonLinter;
import dev.slipway.lesson.LessonParser;
import dev.slipway.lesson.LessonProblem;
import dev.slipway.notebook.JavaSyntaxChecker;
import dev.slipway.run.LessonFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code slipway lint [PATH...]}: every problem of the lessons, without a Docker engine. */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = "Check lessons without running them (no Docker engine needed). Prints each problem as"
                + " file:line: message and a summary; exits 1 when there are errors.")
final class LintCommand implements Callable<Integer> {

    @Mixin
    LessonPaths paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> files = LessonFiles.find(paths.orDefault());
        List<LessonProblem> problems;
        try (JavaSyntaxChecker java = new JavaSyntaxChecker()) {
            problems = new LessonLinter(new LessonParser(), new AssertionParser(), java).lintPaths(files);
        }
        problems.forEach(problem -> out.println(problem.format()));
        long errors = problems.stream().filter(LessonProblem::isError).count();
        long warnings = problems.size() - errors;
        String lessons = files.size() + (files.size() == 1 ? " lesson" : " lessons");
        out.println(problems.isEmpty() ? "no problems in " + lessons
                : plural(errors, "error") + ", " + plural(warnings, "warning") + " in " + lessons);
        out.flush();
        return errors > 0 ? 1 : 0;
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
