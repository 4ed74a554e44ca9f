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
import dev.slipway.sandbox.NotInSandboxException;
import dev.slipway.sandbox.SandboxException;
import dev.slipway.sandbox.SandboxState;
import dev.slipway.sandbox.Shell;
import dev.slipway.sandbox.ShellListener;
import dev.slipway.sandbox.TerminalSize;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    /** The lessons prepared in the current sandbox, by id: those whose blocks may have left a Java session running. */
    private final Map<String, Lesson> preparedLessons = new LinkedHashMap<>();
    private volatile Optional<Sandbox> sandbox = Optional.empty();
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

    /**
     * The learner's id in links they may share with their own browser tabs, such as the links to
     * their sandbox's ports: derived from the id, which stays secret since it is their cookie.
     */
    public String linkId() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(("slipway-link:" + id).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
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

    /**
     * Opens a shell in the learner's sandbox, taking one and preparing {@code lesson} in it when
     * needed. Typing in it counts as activity; it ends when the sandbox is given back.
     *
     * @throws SandboxException when the sandbox failed; it is replaced at the next use
     * @throws LessonSetupException when the lesson could not be prepared
     */
    public Shell openShell(Lesson lesson, TerminalSize size, ShellListener listener) {
        lock.lock();
        try {
            touch();
            return new LearnerShell(prepared(lesson).openShell(size, listener), this::touch);
        } catch (SandboxException e) {
            release();
            throw e;
        } finally {
            lock.unlock();
        }
    }

    /** What is in the learner's sandbox; empty while they hold none. Looking is not activity. */
    public Optional<SandboxState> sandboxState() {
        Optional<Sandbox> current = sandbox;
        try {
            return current.map(Sandbox::state);
        } catch (SandboxException e) {
            if (current.get().isAlive()) {
                throw e;
            }
            return Optional.empty();
        }
    }

    /** Stops a container in the learner's sandbox. */
    public void stopContainer(String container) {
        current().stopContainer(container);
    }

    /** Removes a container from the learner's sandbox. */
    public void removeContainer(String container) {
        current().removeContainer(container);
    }

    /** The last {@code lines} lines a container in the learner's sandbox printed. */
    public String containerLogs(String container, int lines) {
        return current().containerLogs(container, lines);
    }

    /** Where the ports published in the learner's sandbox are reached; empty while they hold none. */
    public Optional<String> sandboxAddress() {
        Optional<Sandbox> current = sandbox;
        current.ifPresent(ignored -> touch());
        return current.flatMap(Sandbox::address);
    }

    private Sandbox current() {
        touch();
        return sandbox.orElseThrow(() -> new NotInSandboxException(
                "you have no sandbox at the moment; run a block or open the terminal to get one"));
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
            Sandbox current = prepared(lesson);
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

    /** The learner's sandbox, taken when they hold none, with {@code lesson} prepared in it. Call under the lock. */
    private Sandbox prepared(Lesson lesson) {
        Sandbox current = sandbox.orElseGet(sandboxes);
        sandbox = Optional.of(current);
        if (!preparedLessons.containsKey(lesson.id())) {
            runner.prepare(lesson, current);
            preparedLessons.put(lesson.id(), lesson);
        }
        return current;
    }

    private static RunResult error(int blockIndex, String message) {
        return new RunResult(blockIndex, Verdict.ERROR, "", message, Duration.ZERO, List.of());
    }

    /** Ends the lessons' Java sessions in the sandbox, then destroys it. Call under the lock. */
    private void release() {
        List<Lesson> lessons = List.copyOf(preparedLessons.values());
        preparedLessons.clear();
        Optional<Sandbox> old = sandbox;
        sandbox = Optional.empty();
        old.ifPresent(current -> {
            try {
                lessons.forEach(lesson -> runner.finish(lesson, current));
            } finally {
                current.close();
            }
        });
    }

    private void touch() {
        lastActivity = clock.instant();
    }
}
