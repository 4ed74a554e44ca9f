package dev.slipway.cli;

import dev.slipway.check.AssertionParser;
import dev.slipway.lesson.LessonLinter;
import dev.slipway.lesson.LessonParser;
import dev.slipway.notebook.JavaSyntaxChecker;
import dev.slipway.notebook.Notebooks;
import dev.slipway.run.BlockRunner;
import dev.slipway.run.CheckRun;
import dev.slipway.run.JUnitReport;
import dev.slipway.run.LessonChecker;
import dev.slipway.run.LessonFiles;
import dev.slipway.sandbox.SandboxFactory;
import dev.slipway.sandbox.SandboxPool;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code slipway check [PATH...]}: lints and runs lessons headless, each in a fresh sandbox. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Lint and run lessons headless, each in a fresh sandbox, solving every exercise with its"
                + " solution. Prints a line per block and ends with 'N passed, N failed'; exits 1 on any failure.")
final class CheckCommand implements Callable<Integer> {

    @Mixin
    LessonPaths paths;

    @Option(names = "--lesson", paramLabel = "ID", description = "Check only the lesson with this id (its file name without .md).")
    Optional<String> lesson = Optional.empty();

    @Option(names = "--junit", paramLabel = "FILE", description = "Also write a JUnit XML report to FILE.")
    Optional<Path> junit = Optional.empty();

    @Mixin
    SandboxOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> files = LessonChecker.select(paths.orDefault(), lesson);
        CheckRun run;
        try (Slipway slipway = Slipway.connect(Console::info)) {
            slipway.reap(Console::info);
            // The next lesson's sandbox, with every image the lessons use, is made while one runs.
            SandboxFactory factory = slipway.sandboxFactory(options.limits(), LessonFiles.imagesUsedBy(files));
            try (SandboxPool pool = new SandboxPool(factory, 1, Console::info).start();
                    JavaSyntaxChecker java = new JavaSyntaxChecker();
                    Notebooks notebooks = new Notebooks(options.limits().outputCap())) {
                LessonChecker checker = new LessonChecker(new LessonParser(),
                        new LessonLinter(new LessonParser(), new AssertionParser(), java),
                        new BlockRunner(options.limits().outputCap(), notebooks), pool);
                run = checker.check(files, new CheckPrinter(out));
            }
        }
        junit.ifPresent(file -> JUnitReport.write(run, file));
        out.println(run.overheadLine());
        out.println(run.summaryLine());
        out.flush();
        return run.failed() > 0 ? 1 : 0;
    }
}
