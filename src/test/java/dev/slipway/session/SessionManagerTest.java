package dev.slipway.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slipway.lesson.Lesson;
import dev.slipway.lesson.LessonParser;
import dev.slipway.notebook.Cell;
import dev.slipway.notebook.CellResult;
import dev.slipway.notebook.CellRunner;
import dev.slipway.notebook.CellStatus;
import dev.slipway.progress.ProgressStore;
import dev.slipway.sandbox.FakeSandbox;
import dev.slipway.run.BlockRunner;
import dev.slipway.sandbox.OutputSink;
import dev.slipway.sandbox.Sandbox;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionManagerTest {

    private static final Lesson LESSON = new LessonParser().parse(Path.of("lessons/demo.md"), """
            ---
            title: Demo
            ---

            ```sh run
            echo one
            ```

            ### Exercise: make a mark

            ```sh check
            test -f mark
            ```

            ```sh solution
            touch mark
            ```
            """).lesson();

    private static final Lesson JAVA_LESSON = new LessonParser().parse(Path.of("lessons/notebook.md"), """
            ---
            title: Notebook
            ---

            ```java
            int x = 1;
            ```
            """).lesson();

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock();
    private final ScriptedRunner runner = new ScriptedRunner();
    private final List<FakeSandbox> sandboxes = new ArrayList<>();
    private ProgressStore progress;
    private SessionManager manager;

    @BeforeEach
    void open() {
        progress = ProgressStore.open(dir.resolve("progress"));
        manager = newManager();
    }

    @AfterEach
    void close() {
        manager.close();
        progress.close();
    }

    private SessionManager newManager() {
        return newManager(runner);
    }

    private SessionManager newManager(LessonRunner lessons) {
        return new SessionManager(() -> {
            FakeSandbox sandbox = FakeSandbox.named("s" + sandboxes.size());
            sandboxes.add(sandbox);
            return sandbox;
        }, lessons, progress, Duration.ofMinutes(10), clock);
    }

    @Test
    void takesASandboxOnlyWhenTheLearnerFirstRunsSomething() {
        LearnerSession learner = manager.create();
        assertThat(sandboxes).isEmpty();

        learner.run(LESSON, LESSON.blocks().get(0), Optional.empty(), OutputSink.NONE);

        assertThat(sandboxes).hasSize(1);
        assertThat(runner.prepared).containsExactly("demo@s0");
    }

    @Test
    void releasesAnIdleSandboxAndPreparesTheLessonAgainWhenTheLearnerReturns() {
        LearnerSession learner = manager.create();
        learner.run(LESSON, LESSON.blocks().get(0), Optional.empty(), OutputSink.NONE);

        clock.advance(Duration.ofMinutes(11));
        assertThat(manager.releaseIdle()).isEqualTo(1);
        assertThat(sandboxes.get(0).closed).isTrue();
        learner.run(LESSON, LESSON.blocks().get(0), Optional.empty(), OutputSink.NONE);

        assertThat(runner.prepared).containsExactly("demo@s0", "demo@s1");
        assertThat(learner.progress("demo").blocksPassed()).containsExactly(0);
    }

    @Test
    void keepsASandboxInUseLongerThanTheIdleTime() {
        LearnerSession learner = manager.create();
        learner.run(LESSON, LESSON.blocks().get(0), Optional.empty(), OutputSink.NONE);

        clock.advance(Duration.ofMinutes(9));

        assertThat(manager.releaseIdle()).isZero();
        assertThat(learner.hasSandbox()).isTrue();
    }

    @Test
    void recordsAnExerciseAsSolvedOnlyWhenItsChecksPass() {
        LearnerSession learner = manager.create();
        var check = LESSON.exercises().get(0);

        assertThat(learner.check(LESSON, check, OutputSink.NONE).passed()).isTrue();

        assertThat(learner.progress("demo").exercisesSolved()).containsExactly("make-a-mark");
    }

    @Test
    void doesNotRecordAnEditedBlockAsPassed() {
        LearnerSession learner = manager.create();

        learner.run(LESSON, LESSON.blocks().get(0), Optional.of("echo two\n"), OutputSink.NONE);

        assertThat(learner.progress("demo").blocksPassed()).isEmpty();
    }

    @Test
    void findsALearnerFromBeforeARestartByTheIdInTheirCookie() {
        LearnerSession learner = manager.create();
        learner.run(LESSON, LESSON.blocks().get(0), Optional.empty(), OutputSink.NONE);
        manager.close();

        manager = newManager();

        assertThat(manager.find(learner.id())).hasValueSatisfying(found ->
                assertThat(found.progress("demo").blocksPassed()).containsExactly(0));
    }

    @Test
    void findsNoLearnerForAnIdItNeverGaveOut() {
        assertThat(manager.find("0123456789abcdef0123456789abcdef")).isEmpty();
        assertThat(manager.find("../../etc/passwd")).isEmpty();
    }

    @Test
    void givesEachLearnerTheirOwnSandbox() {
        manager.create().run(LESSON, LESSON.blocks().get(0), Optional.empty(), OutputSink.NONE);
        manager.create().run(LESSON, LESSON.blocks().get(0), Optional.empty(), OutputSink.NONE);

        assertThat(runner.ranIn).containsExactly("s0", "s1");
    }

    @Test
    void endsTheLessonsJavaSessionsBeforeAResetThrowsTheSandboxAway() {
        LearnerSession learner = manager.create();
        learner.run(LESSON, LESSON.blocks().get(0), Optional.empty(), OutputSink.NONE);

        learner.resetSandbox();

        assertThat(runner.finished).containsExactly("demo@s0");
        assertThat(sandboxes.get(0).closed).isTrue();
    }

    @Test
    void endsTheLessonsJavaSessionsWhenAnIdleSandboxIsGivenBack() {
        LearnerSession learner = manager.create();
        learner.run(LESSON, LESSON.blocks().get(0), Optional.empty(), OutputSink.NONE);
        learner.run(JAVA_LESSON, JAVA_LESSON.blocks().get(0), Optional.empty(), OutputSink.NONE);

        clock.advance(Duration.ofMinutes(11));
        manager.releaseIdle();

        assertThat(runner.finished).containsExactly("demo@s0", "notebook@s0");
    }

    @Test
    void endsTheJavaSessionsOfEveryLearnerAtShutdown() {
        manager.create().run(LESSON, LESSON.blocks().get(0), Optional.empty(), OutputSink.NONE);

        manager.close();

        assertThat(runner.finished).containsExactly("demo@s0");
    }

    @Test
    void endsNothingForALearnerWithoutASandbox() {
        manager.create().resetSandbox();

        assertThat(runner.finished).isEmpty();
    }

    @Test
    void aResetEndsTheNotebookSessionTheJavaCellsRanIn() {
        RecordingCells cells = new RecordingCells();
        manager.close();
        manager = newManager(LessonRunner.of(new BlockRunner(4096, cells)));
        LearnerSession learner = manager.create();
        learner.run(JAVA_LESSON, JAVA_LESSON.blocks().get(0), Optional.empty(), OutputSink.NONE);

        learner.resetSandbox();

        assertThat(cells.ran).containsExactly("notebook@s0");
        assertThat(cells.ended).containsExactly("notebook@s0");
    }

    /** A clock the test moves by hand. */
    private static final class MutableClock extends Clock {

        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    /** Completes every cell at once and records the notebook sessions it ran in and ended. */
    private static final class RecordingCells implements CellRunner {

        private final List<String> ran = new CopyOnWriteArrayList<>();
        private final List<String> ended = new CopyOnWriteArrayList<>();

        @Override
        public CellResult run(Sandbox sandbox, String notebookId, Cell cell, OutputSink sink) {
            ran.add(notebookId + "@" + sandbox.id());
            return new CellResult(CellStatus.COMPLETED, "", Optional.empty(), List.of(), Optional.empty(), List.of(),
                    Duration.ZERO, List.of());
        }

        @Override
        public void end(Sandbox sandbox, String notebookId) {
            ended.add(notebookId + "@" + sandbox.id());
        }
    }
}
