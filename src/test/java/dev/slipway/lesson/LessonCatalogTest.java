package dev.slipway.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slipway.check.AssertionParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonCatalogTest {

    @TempDir
    Path dir;

    private LessonCatalog load() {
        return LessonCatalog.load(dir, new LessonParser(), new LessonLinter(new LessonParser(), new AssertionParser(), code -> List.of()));
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }

    @Test
    void sortsLessonsByOrderWithUnorderedOnesLast() throws IOException {
        write("b.md", "---\ntitle: B\norder: 20\n---\n");
        write("a.md", "---\ntitle: A\n---\n");
        write("c.md", "---\ntitle: C\norder: 10\n---\n");
        write("notes.txt", "not a lesson");

        assertThat(load().lessons()).extracting(p -> p.lesson().id()).containsExactly("c", "b", "a");
    }

    @Test
    void keepsABrokenLessonWithItsProblems() throws IOException {
        write("broken.md", "---\ntitle: Broken\ntimout: 3s\n---\n\n```python run\nprint(1)\n```\n");

        ParsedLesson broken = load().find("broken").orElseThrow();

        assertThat(broken.lesson().frontMatter().title()).isEqualTo("Broken");
        assertThat(broken.problems()).extracting(LessonProblem::line).containsExactly(3, 6);
    }

    @Test
    void findsNothingForAnUnknownId() throws IOException {
        write("a.md", "---\ntitle: A\n---\n");

        assertThat(load().find("b")).isEmpty();
    }

    @Test
    void saysWhichFolderIsMissing() {
        assertThatThrownBy(() -> LessonCatalog.load(dir.resolve("nope"), new LessonParser(),
                new LessonLinter(new LessonParser(), new AssertionParser(), code -> List.of())))
                .hasMessageContaining("nope").hasMessageContaining("--lessons");
    }
}
