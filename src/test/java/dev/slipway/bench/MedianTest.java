package dev.slipway.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MedianTest {

    @Test
    void takesTheMiddleOfAnOddCount() {
        assertThat(Median.of(List.of(9.0, 1.0, 5.0))).isEqualTo(5.0);
    }

    @Test
    void averagesTheTwoMiddlesOfAnEvenCount() {
        assertThat(Median.of(List.of(4.0, 1.0, 2.0, 10.0))).isEqualTo(3.0);
    }

    @Test
    void isNotANumberWithoutValues() {
        assertThat(Median.of(List.of())).isNaN();
    }
}
