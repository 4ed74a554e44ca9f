package dev.slipway.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExecCollectorTest {

    @Test
    void keepsStdoutAndStderrApartAndPassesThemOnInOrder() {
        List<String> seen = new ArrayList<>();
        var collector = new ExecCollector((stream, text) -> seen.add(stream + ":" + text), 1024);

        collector.onNext(frame(StreamType.STDOUT, "one\n"));
        collector.onNext(frame(StreamType.STDERR, "oops\n"));
        collector.onNext(frame(StreamType.STDOUT, "two\n"));
        collector.finish();

        assertThat(collector.stdout()).isEqualTo("one\ntwo\n");
        assertThat(collector.stderr()).isEqualTo("oops\n");
        assertThat(seen).containsExactly("STDOUT:one\n", "STDERR:oops\n", "STDOUT:two\n");
    }

    @Test
    void keepsAtMostTheCapAndCountsTheRest() {
        var collector = new ExecCollector(OutputSink.NONE, 5);

        collector.onNext(frame(StreamType.STDOUT, "abc"));
        collector.onNext(frame(StreamType.STDERR, "defgh"));
        collector.onNext(frame(StreamType.STDOUT, "ijk"));
        collector.finish();

        assertThat(collector.stdout() + collector.stderr()).hasSize(5);
        assertThat(collector.droppedBytes()).isEqualTo(6);
    }

    @Test
    void doesNotCallACharacterCutByTheCapUndecodable() {
        var collector = new ExecCollector(OutputSink.NONE, 2);

        collector.onNext(frame(StreamType.STDOUT, "a€"));
        collector.finish();

        assertThat(collector.stdout()).isEqualTo("a");
        assertThat(collector.undecodable()).isFalse();
    }

    @Test
    void consumesEachPayloadBeforeDockerJavaReusesTheBuffer() {
        var collector = new ExecCollector(OutputSink.NONE, 1024);
        byte[] buffer = "first".getBytes(StandardCharsets.UTF_8);

        collector.onNext(new Frame(StreamType.STDOUT, buffer));
        System.arraycopy("XXXXX".getBytes(StandardCharsets.UTF_8), 0, buffer, 0, 5);
        collector.finish();

        assertThat(collector.stdout()).isEqualTo("first");
    }

    private static Frame frame(StreamType type, String text) {
        return new Frame(type, text.getBytes(StandardCharsets.UTF_8));
    }
}
