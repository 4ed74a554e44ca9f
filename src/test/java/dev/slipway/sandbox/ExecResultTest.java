package dev.slipway.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ExecResultTest {

    @Test
    void hasNoNotesForAnOrdinaryCommand() {
        assertThat(result(0, "hi\n", "", false, 0, false).notes()).isEmpty();
    }

    @Test
    void explainsATimeout() {
        assertThat(result(137, "", "", true, 0, false).notes())
                .singleElement().asString().contains("stopped after").contains("time limit");
    }

    @Test
    void explainsCutOutputWithTheDroppedCount() {
        assertThat(result(0, "x", "", false, 1234, false).notes())
                .singleElement().asString().contains("1234 more bytes");
    }

    @Test
    void explainsBinaryOutput() {
        assertThat(result(0, "\uFFFD", "", false, 0, true).notes())
                .singleElement().asString().contains("binary");
    }

    @Test
    void recognisesAFullDiskInEitherStream() {
        assertThat(result(1, "", "write /big: No space left on device", false, 0, false).notes())
                .singleElement().asString().contains("disk is full");
    }

    @Test
    void succeedsOnlyOnExitZeroWithinTheTimeLimit() {
        assertThat(result(0, "", "", false, 0, false).succeeded()).isTrue();
        assertThat(result(0, "", "", true, 0, false).succeeded()).isFalse();
        assertThat(result(2, "", "", false, 0, false).succeeded()).isFalse();
    }

    private static ExecResult result(int code, String out, String err, boolean timedOut, long dropped, boolean binary) {
        return new ExecResult(code, out, err, timedOut, dropped, binary, Duration.ofSeconds(2));
    }
}
