package dev.slipway.run;

import dev.slipway.lesson.Block;
import dev.slipway.lesson.CheckBlock;
import dev.slipway.lesson.Exercise;
import dev.slipway.lesson.FileBlock;
import dev.slipway.lesson.HintBlock;
import dev.slipway.lesson.JavaBlock;
import dev.slipway.lesson.Lesson;
import dev.slipway.lesson.ScriptBlock;
import dev.slipway.lesson.SolutionBlock;
import dev.slipway.lesson.TerminalBlock;
import dev.slipway.lesson.TranscriptBlock;
import dev.slipway.sandbox.OutputSink;
import dev.slipway.sandbox.Sandbox;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs every block of one lesson in one sandbox, in file order, the way a learner who does
 * everything right would, and holds each exercise to its protocol: every check must fail
 * before the exercise's solutions run and pass after them. Hints are not run or reported.
 */
final class HeadlessRun {

    static final String CANNOT_FAIL = "check cannot fail: it passed before the solution ran, so a learner who did"
            + " nothing would pass; make it test what the solution changes";

    private final Lesson lesson;
    private final Sandbox sandbox;
    private final BlockRunner runner;
    private final CheckListener listener;
    private final List<BlockReport> reports = new ArrayList<>();
    private final Set<Integer> preChecked = new HashSet<>();
    private final Map<Integer, RunResult> defects = new HashMap<>();
    private final Set<String> solved = new HashSet<>();
    private Duration commandTime = Duration.ZERO;

    HeadlessRun(Lesson lesson, Sandbox sandbox, BlockRunner runner, CheckListener listener) {
        this.lesson = lesson;
        this.sandbox = sandbox;
        this.runner = runner;
        this.listener = listener;
    }

    /** Prepares the sandbox and runs the lesson; throws {@link LessonSetupException} when setup fails. */
    void run() {
        commandTime = commandTime.plus(runner.prepareTimed(lesson, sandbox));
        for (Block block : lesson.blocks()) {
            Optional<Exercise> exercise = exerciseOf(block);
            if (block instanceof HintBlock) {
                continue;
            }
            if (exercise.isPresent() && isCheck(block)) {
                onCheck(exercise.get(), block);
            } else if (exercise.isPresent() && block instanceof SolutionBlock solution) {
                onSolution(exercise.get(), solution);
            } else {
                report(block, execute(block));
            }
        }
    }

    List<BlockReport> reports() {
        return reports;
    }

    Duration commandTime() {
        return commandTime;
    }

    private void onCheck(Exercise exercise, Block check) {
        if (solved.contains(exercise.id()) || exercise.solutions().isEmpty()) {
            if (!reported(check)) {
                report(check, execute(check));
            }
        } else {
            preCheck(check);
        }
    }

    private void onSolution(Exercise exercise, SolutionBlock solution) {
        exercise.checks().stream().filter(c -> !preChecked.contains(c.index())).forEach(this::preCheck);
        report(solution, execute(solution));
        if (solution.index() != last(exercise.solutions()).index()) {
            return;
        }
        solved.add(exercise.id());
        for (Block check : exercise.checks()) {
            report(check, Optional.ofNullable(defects.get(check.index())).orElseGet(() -> execute(check)));
        }
    }

    /** Runs a check before its exercise is solved; it must not pass. */
    private void preCheck(Block check) {
        preChecked.add(check.index());
        RunResult before = execute(check);
        if (before.verdict() == Verdict.PASSED) {
            defects.put(check.index(), new RunResult(check.index(), Verdict.FAILED, before.output(), CANNOT_FAIL,
                    before.elapsed(), before.notes()));
        } else if (before.verdict() == Verdict.ERROR) {
            defects.put(check.index(), before);
        }
    }

    private RunResult execute(Block block) {
        Outcome outcome = runner.execute(lesson, block, sandbox, OutputSink.NONE);
        commandTime = commandTime.plus(outcome.commandTime());
        return outcome.result();
    }

    private void report(Block block, RunResult result) {
        BlockReport report = new BlockReport(lesson.path(), block.line(), kindOf(block), titleOf(block), result);
        reports.add(report);
        listener.blockFinished(report);
    }

    private boolean reported(Block block) {
        return reports.stream().anyMatch(r -> r.result().blockIndex() == block.index());
    }

    private Optional<Exercise> exerciseOf(Block block) {
        return lesson.exercises().stream()
                .filter(e -> e.checks().stream().anyMatch(c -> c.index() == block.index())
                        || e.solutions().stream().anyMatch(s -> s.index() == block.index()))
                .findFirst();
    }

    private static boolean isCheck(Block block) {
        return block instanceof CheckBlock || block instanceof JavaBlock java && java.isCheck();
    }

    private static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }

    static String kindOf(Block block) {
        if (block instanceof TranscriptBlock) {
            return "transcript";
        }
        if (block instanceof ScriptBlock) {
            return "script";
        }
        if (block instanceof FileBlock) {
            return "file";
        }
        if (block instanceof TerminalBlock) {
            return "terminal";
        }
        if (block instanceof JavaBlock java) {
            return java.isCheck() ? "check" : "java";
        }
        if (block instanceof CheckBlock) {
            return "check";
        }
        return block instanceof SolutionBlock ? "solution" : "hint";
    }

    private static Optional<String> titleOf(Block block) {
        if (block instanceof CheckBlock check) {
            return check.title();
        }
        if (block instanceof JavaBlock java) {
            return java.title();
        }
        return block instanceof FileBlock file ? Optional.of(file.path()) : Optional.empty();
    }
}
