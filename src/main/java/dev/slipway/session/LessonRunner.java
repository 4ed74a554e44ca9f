package dev.slipway.session;

import dev.slipway.lesson.Block;
import dev.slipway.lesson.Lesson;
import dev.slipway.run.BlockRunner;
import dev.slipway.run.RunResult;
import dev.slipway.sandbox.OutputSink;
import dev.slipway.sandbox.Sandbox;

/** What a session needs to run lessons: {@link BlockRunner}'s operations, behind a seam for tests. */
public interface LessonRunner {

    /** Makes the sandbox ready for the lesson: its images and its setup script. */
    void prepare(Lesson lesson, Sandbox sandbox);

    /** Runs one block, streaming its output to {@code sink}. */
    RunResult run(Lesson lesson, Block block, Sandbox sandbox, OutputSink sink);

    /**
     * Ends what the lesson keeps running in the sandbox between blocks (its Java notebook
     * session), before the sandbox goes away; the lesson's next block starts afresh.
     */
    void finish(Lesson lesson, Sandbox sandbox);

    /** The runner that runs blocks for real. */
    static LessonRunner of(BlockRunner runner) {
        return new LessonRunner() {
            @Override
            public void prepare(Lesson lesson, Sandbox sandbox) {
                runner.prepare(lesson, sandbox);
            }

            @Override
            public RunResult run(Lesson lesson, Block block, Sandbox sandbox, OutputSink sink) {
                return runner.run(lesson, block, sandbox, sink);
            }

            @Override
            public void finish(Lesson lesson, Sandbox sandbox) {
                runner.finish(lesson, sandbox);
            }
        };
    }
}
