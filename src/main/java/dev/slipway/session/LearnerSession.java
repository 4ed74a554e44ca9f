package dev.slipway.session;

import dev.slipway.lesson.Block;
import dev.slipway.lesson.BlockEdit;
import dev.slipway.lesson.Exercise;
import dev.slipway.lesson.Lesson;
import dev.slipway.progress.LessonProgress;
import dev.slipway.progress.ProgressStore;
import dev.slipway.run.LessonSetupException;
import dev.slipway.run.RunResult;
import dev.slipway.run.Verdict;
import dev.slipway.sandbox.OutputSink;
import dev.slipway.sandbox.Sandbox;
import dev.slipway.sandbox.SandboxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One learner: their id (kept in a long-lived cookie), their sandbox, taken from the pool on
 * first use and given back when idle, and their progress. Runs one command at a time: a
 * second run waits for the first, since both share the sandbox.
 */
public final class LearnerSession {

    private final String id;
    private final Supplier<Sandbox> sandboxes;
    private final LessonRunner runner;
    private final ProgressStore progress;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final Set<String> preparedLessons = new HashSet<>();
    private Optional<Sandbox> sandbox = Optional.empty();
    private volatile Instant lastActivity;

    LearnerSession(String id, Supplier<Sandbox> sandboxes, LessonRunner runner, ProgressStore progress, Clock clock) {
        this.id = id;
        this.sandboxes = sandboxes;
        this.runner = runner;
        this.progress = progress;
        this.clock = clock;
        this.lastActivity = clock.instant();
    }

    public String id() {
        return id;
    }

    /** True while the learner holds a sandbox. */
    public boolean hasSandbox() {
        return sandbox.isPresent();
    }

    /**
     * Runs a block of {@code lesson}, or the learner's edit of it, in the learner's sandbox. A
     * block that passes as written is recorded; an edited one is not, since its text may no
     * longer be the lesson's.
     *
     * @param editedText the learner's text for the block; empty, or equal to the block's own, to run it as written
     * @throws IllegalArgumentException when the edited text is not a block of the same kind
     */
    public RunResult run(Lesson lesson, Block block, Optional<String> editedText, OutputSink sink) {
        Optional<String> edit = editedText.filter(text -> !text.equals(block.text()));
        Block toRun = edit.isPresent() ? BlockEdit.apply(lesson, block, edit.get()) : block;
        RunResult result = inSandbox(lesson, block.index(), sandbox -> runner.run(lesson, toRun, sandbox, sink));
        if (result.passed() && edit.isEmpty()) {
            progress.blockPassed(id, lesson.id(), block.index());
        }
        return result;
    }

    /**
     * Runs the checks of an exercise in turn, stopping at the first that does not pass, and
     * records the exercise as solved when all pass.
     *
     * @return the first check that did not pass, else the last check's result
     */
    public RunResult check(Lesson lesson, Exercise exercise, OutputSink sink) {
        Optional<RunResult> last = Optional.empty();
        for (Block check : exercise.checks()) {
            RunResult result = inSandbox(lesson, check.index(), sandbox -> runner.run(lesson, check, sandbox, sink));
            if (!result.passed()) {
                return result;
            }
            last = Optional.of(result);
        }
        RunResult passed = last.orElseThrow(() -> new IllegalArgumentException(
                "exercise '" + exercise.id() + "' has no check to run"));
        progress.exerciseSolved(id, lesson.id(), exercise.id());
        return passed;
    }

    /** Throws the learner's sandbox away; the next run gets a fresh one and prepares its lesson again. */
    public void resetSandbox() {
        lock.lock();
        try {
            touch();
            release();
        } finally {
            lock.unlock();
        }
    }

    /** What the learner did in a lesson. */
    public LessonProgress progress(String lessonId) {
        return progress.progress(id, lessonId);
    }

    /**
     * Gives the sandbox back when the learner has been idle for {@code idle}; a later run
     * takes a new one. Skipped while a command runs.
     *
     * @return true when a sandbox was released
     */
    boolean releaseIfIdle(Duration idle) {
        if (!lock.tryLock()) {
            return false;
        }
        try {
            if (sandbox.isEmpty() || lastActivity.plus(idle).isAfter(clock.instant())) {
                return false;
            }
            release();
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Destroys the sandbox, if any, at server shutdown. */
    void close() {
        lock.lock();
        try {
            release();
        } finally {
            lock.unlock();
        }
    }

    private RunResult inSandbox(Lesson lesson, int blockIndex, Function<Sandbox, RunResult> operation) {
        lock.lock();
        try {
            touch();
            Sandbox current = sandbox.orElseGet(sandboxes);
            sandbox = Optional.of(current);
            if (!preparedLessons.contains(lesson.id())) {
                runner.prepare(lesson, current);
                preparedLessons.add(lesson.id());
            }
            RunResult result = operation.apply(current);
            if (result.verdict() == Verdict.ERROR && !current.isAlive()) {
                release();
                return error(blockIndex, result.message() + " Your sandbox stopped and was replaced; run the blocks above again.");
            }
            return result;
        } catch (LessonSetupException e) {
            return error(blockIndex, "the lesson could not be prepared in your sandbox: " + e.getMessage());
        } catch (SandboxException e) {
            release();
            return error(blockIndex, e.getMessage() + " Your sandbox was replaced; run the blocks above again.");
        } finally {
            touch();
            lock.unlock();
        }
    }

    private static RunResult error(int blockIndex, String message) {
        return new RunResult(blockIndex, Verdict.ERROR, "", message, Duration.ZERO, List.of());
    }

    private void release() {
        preparedLessons.clear();
        Optional<Sandbox> old = sandbox;
        sandbox = Optional.empty();
        old.ifPresent(Sandbox::close);
    }

    private void touch() {
        lastActivity = clock.instant();
    }
}
