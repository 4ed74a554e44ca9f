package dev.slipway.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationTextTest {

    @ParameterizedTest
    @CsvSource({"60s, 60", "2m, 120", "1m30s, 90", "1h, 3600", "1h2m3s, 3723", " 5s , 5"})
    void readsHoursMinutesAndSeconds(String text, long seconds) {
        assertThat(DurationText.parse(text)).contains(Duration.ofSeconds(seconds));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "60", "soon", "30s2m", "0s", "1.5m", "-1s"})
    void rejectsOtherFormatsAndZero(String text) {
        assertThat(DurationText.parse(text)).isEmpty();
    }
}
