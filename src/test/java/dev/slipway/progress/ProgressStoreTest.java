package dev.slipway.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressStoreTest {

    @TempDir
    Path dir;

    @Test
    void keepsProgressAcrossAReopen() {
        try (ProgressStore store = ProgressStore.open(dir.resolve("progress"))) {
            store.addLearner("a");
            store.blockPassed("a", "hello", 2);
            store.blockPassed("a", "hello", 2);
            store.exerciseSolved("a", "hello", "leave-a-mark");
        }

        try (ProgressStore store = ProgressStore.open(dir.resolve("progress"))) {
            assertThat(store.knowsLearner("a")).isTrue();
            assertThat(store.progress("a", "hello").blocksPassed()).containsExactly(2);
            assertThat(store.progress("a", "hello").exercisesSolved()).containsExactly("leave-a-mark");
        }
    }

    @Test
    void keepsLearnersAndLessonsApart() {
        try (ProgressStore store = ProgressStore.open(dir.resolve("progress"))) {
            store.blockPassed("a", "hello", 1);

            assertThat(store.progress("b", "hello").blocksPassed()).isEmpty();
            assertThat(store.progress("a", "other").blocksPassed()).isEmpty();
            assertThat(store.knowsLearner("b")).isFalse();
        }
    }
}
