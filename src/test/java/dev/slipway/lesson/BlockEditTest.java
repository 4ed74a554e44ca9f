package dev.slipway.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BlockEditTest {

    private final Lesson lesson = Lessons.body("""
            ```sh run expect-exit=3 timeout=5s
            exit 3
            ```

            ```console
            $ echo hi
            hi
            ```

            ```text file=app/notes.txt
            hello
            ```
            """).lesson();

    @Test
    void keepsTheKindAndAttributesOfTheOriginal() {
        Block edited = BlockEdit.apply(lesson, lesson.blocks().get(0), "echo changed; exit 3");

        assertThat(edited).isInstanceOfSatisfying(ScriptBlock.class, script -> {
            assertThat(script.script()).isEqualTo("echo changed; exit 3\n");
            assertThat(script.expectExit()).isEqualTo(3);
            assertThat(script.timeout()).contains(java.time.Duration.ofSeconds(5));
            assertThat(script.index()).isZero();
        });
    }

    @Test
    void keepsTheFilePathOfAFileBlock() {
        Block edited = BlockEdit.apply(lesson, lesson.blocks().get(2), "bye\n");

        assertThat(edited).isInstanceOfSatisfying(FileBlock.class, file -> {
            assertThat(file.path()).isEqualTo("app/notes.txt");
            assertThat(file.content()).isEqualTo("bye\n");
        });
    }

    @Test
    void refusesAnEditThatIsNoLongerTheSameKindOfBlock() {
        assertThatThrownBy(() -> BlockEdit.apply(lesson, lesson.blocks().get(1), "echo hi\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no longer a transcript block");
    }

    @Test
    void refusesAnEditWithABrokenCommand() {
        assertThatThrownBy(() -> BlockEdit.apply(lesson, lesson.blocks().get(1), "$ echo hi\n$\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no command");
    }
}
