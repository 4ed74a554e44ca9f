package dev.slipway.run;

import dev.slipway.check.Assertion;
import dev.slipway.check.AssertionParser;
import dev.slipway.check.AssertionSyntaxException;
import dev.slipway.check.CheckResult;
import dev.slipway.check.MatchResult;
import dev.slipway.check.TranscriptMatcher;
import dev.slipway.lesson.Block;
import dev.slipway.lesson.CheckBlock;
import dev.slipway.lesson.CheckLine;
import dev.slipway.lesson.Command;
import dev.slipway.lesson.FileBlock;
import dev.slipway.lesson.HintBlock;
import dev.slipway.lesson.JavaBlock;
import dev.slipway.lesson.Lesson;
import dev.slipway.lesson.ScriptBlock;
import dev.slipway.lesson.SolutionBlock;
import dev.slipway.lesson.TerminalBlock;
import dev.slipway.lesson.TranscriptBlock;
import dev.slipway.notebook.CellResult;
import dev.slipway.notebook.CellRunner;
import dev.slipway.notebook.NotebookException;
import dev.slipway.notebook.Notebooks;
import dev.slipway.sandbox.ExecRequest;
import dev.slipway.sandbox.ExecResult;
import dev.slipway.sandbox.OutputSink;
import dev.slipway.sandbox.Sandbox;
import dev.slipway.sandbox.SandboxException;
import dev.slipway.sandbox.WorkspacePath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Runs one block of a lesson in a sandbox, streaming its output to a sink as it arrives, and
 * judges it: a transcript by its output and exit codes, a script and a solution by their exit
 * code, a check by its exit code or its assertions. Each block gets its own time limit (the
 * block's {@code timeout=}, else the lesson's) and every command the same output cap. Never
 * throws for a block that fails or cannot run: that is a {@link Verdict}.
 */
public final class BlockRunner {

    static final String TERMINAL_SKIPPED = "terminal block: run it in the terminal";
    static final String HINT_SKIPPED = "hint: shown to the learner when asked, never run";
    private static final int SHOWN_LINES = 20;

    private final TranscriptMatcher matcher = new TranscriptMatcher();
    private final AssertionParser assertions = new AssertionParser();
    private final long outputCap;
    private final CellRunner cells;

    /** A runner keeping {@link ExecRequest#DEFAULT_OUTPUT_CAP} bytes of each command's output. */
    public BlockRunner() {
        this(ExecRequest.DEFAULT_OUTPUT_CAP);
    }

    /** A runner whose Java cells run in notebook sessions of its own. */
    public BlockRunner(long outputCap) {
        this(outputCap, new Notebooks(outputCap));
    }

    /**
     * @param outputCap bytes of each command's output kept, such as the sandbox limits' cap
     * @param cells runs Java cells and Java solutions, one notebook session per lesson and sandbox
     */
    public BlockRunner(long outputCap, CellRunner cells) {
        this.outputCap = outputCap;
        this.cells = cells;
    }

    /**
     * Runs one block; later blocks of the lesson see what it did (Java cells: the variables and
     * methods of the lesson's earlier cells). Hints and terminal blocks without {@code stdin=}
     * are {@link Verdict#SKIPPED}.
     */
    public RunResult run(Lesson lesson, Block block, Sandbox sandbox, OutputSink sink) {
        return execute(lesson, block, sandbox, sink).result();
    }

    /**
     * Gets a sandbox ready for a lesson: loads the front matter's images and runs its hidden
     * {@code setup} script.
     *
     * @throws LessonSetupException naming the lesson file when an image does not load or the
     *     setup script fails
     */
    public void prepare(Lesson lesson, Sandbox sandbox) {
        prepareTimed(lesson, sandbox);
    }

    /** {@link #prepare}, returning the time the setup script took. */
    Duration prepareTimed(Lesson lesson, Sandbox sandbox) {
        try {
            sandbox.ensureImages(lesson.frontMatter().images());
        } catch (SandboxException e) {
            throw new LessonSetupException(lesson.path() + ": the front matter's images could not be loaded: " + e.getMessage(), e);
        }
        String setup = lesson.frontMatter().setup();
        if (setup.isBlank()) {
            return Duration.ZERO;
        }
        ExecResult result = sandbox.exec(ExecRequest.of(setup).withTimeout(lesson.frontMatter().timeout())
                .withOutputCap(outputCap), OutputSink.NONE);
        if (!result.succeeded()) {
            String how = result.timedOut() ? "was stopped at its time limit of " + seconds(lesson.frontMatter().timeout())
                    : "exited with code " + result.exitCode();
            String said = Excerpt.tail(result.stdout() + result.stderr(), 10);
            throw new LessonSetupException(lesson.path() + ":1: the front matter's setup script " + how
                    + (said.isEmpty() ? "" : "; its output ends with:\n" + said)
                    + "\nFix the setup script so that it exits 0.");
        }
        return result.elapsed();
    }

    /** Ends the lesson's notebook session in {@code sandbox}, if its Java cells started one. */
    public void finish(Lesson lesson, Sandbox sandbox) {
        cells.end(sandbox, lesson.id());
    }

    /** {@link #run}, with the time the lesson's own commands took. */
    Outcome execute(Lesson lesson, Block block, Sandbox sandbox, OutputSink sink) {
        Duration timeout = block.timeout().orElse(lesson.frontMatter().timeout());
        BlockRun run = new BlockRun(block.index(), sandbox, sink, outputCap, timeout);
        try {
            return dispatch(lesson, block, run);
        } catch (SandboxException | NotebookException e) {
            return run.finish(Verdict.ERROR, e.getMessage());
        }
    }

    private Outcome dispatch(Lesson lesson, Block block, BlockRun run) {
        if (block instanceof TranscriptBlock transcript) {
            return transcript(transcript, run);
        }
        if (block instanceof ScriptBlock script) {
            return exitCode(run, run.exec(script.script(), script.stdin()), script.expectExit(), "the script");
        }
        if (block instanceof FileBlock file) {
            return file(file, run);
        }
        if (block instanceof TerminalBlock terminal) {
            return terminal(terminal, run);
        }
        if (block instanceof CheckBlock check) {
            return check(check, run);
        }
        if (block instanceof SolutionBlock solution) {
            return solution.isJava() ? java(lesson, solution.code(), run, "the solution")
                    : exitCode(run, run.exec(solution.code(), Optional.empty()), 0, "the solution");
        }
        if (block instanceof HintBlock) {
            return run.finish(Verdict.SKIPPED, HINT_SKIPPED);
        }
        if (block instanceof JavaBlock java) {
            return java(lesson, java.code(), run, java.isCheck() ? "the check" : "the cell");
        }
        throw new IllegalStateException("unknown block kind: " + block);
    }

    private Outcome transcript(TranscriptBlock transcript, BlockRun run) {
        if (transcript.commands().isEmpty()) {
            return run.finish(Verdict.ERROR, "the transcript has no commands; add a line such as $ docker ps");
        }
        for (Command command : transcript.commands()) {
            String where = "$ " + command.commandText().lines().findFirst().orElse("") + " (line " + command.line() + ")";
            if (run.overdue()) {
                return run.finish(Verdict.TIMED_OUT, where + " did not start: the block's time limit of "
                        + seconds(run.timeout()) + " was used up");
            }
            run.show(OutputSink.OutputStream.STDOUT, "$ " + command.commandText().replace("\n", "\n> ") + "\n");
            BlockRun.Ran ran = run.exec(command.commandText(), Optional.empty());
            if (ran.result().timedOut()) {
                return run.finish(Verdict.TIMED_OUT, where + " was stopped at the block's time limit of " + seconds(run.timeout()));
            }
            MatchResult match = matcher.match(command, ran.output(), ran.result().exitCode());
            if (!match.passed()) {
                return run.finish(Verdict.FAILED, where + ": " + Excerpt.head(match.message(), SHOWN_LINES));
            }
        }
        return run.finish(Verdict.PASSED, "");
    }

    /** Runs Java code in the lesson's notebook session; it passes when it completes without an exception. */
    private Outcome java(Lesson lesson, String code, BlockRun run, String what) {
        CellResult result = run.java(cells, lesson.id(), code);
        result.value().ifPresent(value -> run.show(OutputSink.OutputStream.STDOUT, "==> " + value + "\n"));
        return switch (result.status()) {
            case COMPLETED -> run.finish(Verdict.PASSED, "");
            case STOPPED -> run.finish(Verdict.TIMED_OUT, what + " was stopped at its time limit of " + seconds(run.timeout()));
            case COMPILE_ERROR, EXCEPTION, SESSION_ENDED -> run.finish(Verdict.FAILED, result.message());
        };
    }

    private static Outcome file(FileBlock file, BlockRun run) {
        String path;
        try {
            path = WorkspacePath.require(file.path());
        } catch (IllegalArgumentException e) {
            return run.finish(Verdict.ERROR, "file=" + file.path() + ": " + e.getMessage());
        }
        run.sandbox().writeFile(path, file.content().getBytes(StandardCharsets.UTF_8));
        return run.finish(Verdict.PASSED, "");
    }

    private static Outcome terminal(TerminalBlock terminal, BlockRun run) {
        if (terminal.stdin().isEmpty()) {
            return run.finish(Verdict.SKIPPED, TERMINAL_SKIPPED);
        }
        String typed = String.join("\n", terminal.commands());
        // script(1) gives the commands a terminal, so `docker run -it` works with typed input.
        String command = "script -qefc " + quote(typed) + " /dev/null";
        return exitCode(run, run.exec(command, terminal.stdin()), 0, "the terminal commands");
    }

    private Outcome check(CheckBlock check, BlockRun run) {
        if (check.body() instanceof CheckBlock.Shell shell) {
            BlockRun.Ran ran = run.exec(shell.script(), Optional.empty());
            if (ran.result().timedOut()) {
                return run.finish(Verdict.TIMED_OUT, "the check was stopped at its time limit of " + seconds(run.timeout()));
            }
            if (ran.result().exitCode() == 0) {
                return run.finish(Verdict.PASSED, "");
            }
            String said = Excerpt.head(ran.output(), SHOWN_LINES);
            return run.finish(Verdict.FAILED, said.isEmpty()
                    ? "the check exited with code " + ran.result().exitCode() + " without printing why" : said);
        }
        return declarative((CheckBlock.Declarative) check.body(), run);
    }

    private Outcome declarative(CheckBlock.Declarative check, BlockRun run) {
        for (CheckLine line : check.assertions()) {
            Assertion assertion;
            try {
                assertion = assertions.parse(line);
            } catch (AssertionSyntaxException e) {
                return run.finish(Verdict.ERROR, "line " + line.line() + ": " + e.getMessage());
            }
            CheckResult result = assertion.verify(run.sandbox());
            run.show(OutputSink.OutputStream.STDOUT, (result.passed() ? "ok: " : "not ok: ") + result.message() + "\n");
            if (!result.passed()) {
                return run.finish(Verdict.FAILED, result.message());
            }
        }
        return run.finish(Verdict.PASSED, "");
    }

    private static Outcome exitCode(BlockRun run, BlockRun.Ran ran, int expected, String what) {
        ExecResult result = ran.result();
        if (result.timedOut()) {
            return run.finish(Verdict.TIMED_OUT, what + " was stopped at its time limit of " + seconds(run.timeout()));
        }
        if (result.exitCode() == expected) {
            return run.finish(Verdict.PASSED, "");
        }
        String said = Excerpt.tail(ran.output(), 10);
        return run.finish(Verdict.FAILED, "exit code: expected " + expected + ", got " + result.exitCode()
                + (said.isEmpty() ? "" : "; the output ends with:\n" + said));
    }

    private static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }

    static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s"
                : String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}
