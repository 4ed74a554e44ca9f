package dev.slipway.session;

import dev.slipway.lesson.Block;
import dev.slipway.lesson.Lesson;
import dev.slipway.run.RunResult;
import dev.slipway.run.Verdict;
import dev.slipway.sandbox.OutputSink;
import dev.slipway.sandbox.Sandbox;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A runner without Docker: it prints a block's text on stdout and {@code done} on stderr, and
 * passes unless the text contains {@code fail}. It records where it ran, what it prepared and
 * what it finished (marked {@code closed} when the sandbox was already closed by then).
 */
public final class ScriptedRunner implements LessonRunner {

    public final List<String> prepared = new CopyOnWriteArrayList<>();
    public final List<String> ranIn = new CopyOnWriteArrayList<>();
    public final List<String> finished = new CopyOnWriteArrayList<>();

    @Override
    public void prepare(Lesson lesson, Sandbox sandbox) {
        prepared.add(lesson.id() + "@" + sandbox.id());
    }

    @Override
    public RunResult run(Lesson lesson, Block block, Sandbox sandbox, OutputSink sink) {
        ranIn.add(sandbox.id());
        sink.accept(OutputSink.OutputStream.STDOUT, block.text());
        sink.accept(OutputSink.OutputStream.STDERR, "done\n");
        boolean fails = block.text().contains("fail");
        return new RunResult(block.index(), fails ? Verdict.FAILED : Verdict.PASSED, block.text() + "done\n",
                fails ? "-expected\n+got" : "", Duration.ofMillis(3), List.of());
    }

    @Override
    public void finish(Lesson lesson, Sandbox sandbox) {
        finished.add(lesson.id() + "@" + sandbox.id() + (sandbox.isAlive() ? "" : " closed"));
    }
}
