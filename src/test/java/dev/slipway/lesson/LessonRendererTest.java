package dev.slipway.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LessonRendererTest {

    private final LessonRenderer renderer = new LessonRenderer();

    private String render(String body) {
        return renderer.render(Lessons.body(body).lesson());
    }

    @Test
    void marksEachBlockWithItsIndexAndKind() {
        String html = render("""
                ```console
                $ echo hi
                hi
                ```

                ```text
                only shown
                ```

                ```sh run
                date
                ```
                """);

        assertThat(html).contains("data-block=\"0\" data-kind=\"transcript\"", "data-block=\"1\" data-kind=\"script\"");
        assertThat(html).contains("<code class=\"language-text\">only shown");
    }

    @Test
    void hidesHintsAndSolutionsAndMarksTheExercise() {
        String html = render("""
                ### Exercise: make a mark

                ```sh check
                test -f mark
                ```

                ```sh hint
                use touch
                ```

                ```sh solution
                touch mark
                ```
                """);

        assertThat(html).contains("<h3 data-exercise=\"make-a-mark\" class=\"exercise-heading\">");
        assertThat(html).containsPattern("data-kind=\"hint\" data-line=\"\\d+\" data-exercise=\"make-a-mark\" hidden>");
        assertThat(html).containsPattern("data-kind=\"solution\" data-line=\"\\d+\" data-exercise=\"make-a-mark\" hidden>");
        assertThat(html).containsPattern("data-kind=\"check\" data-line=\"\\d+\" data-exercise=\"make-a-mark\">");
    }

    @Test
    void leavesTheFrontMatterOut() {
        assertThat(render("Some text.\n")).doesNotContain("title", "Demo", "busybox").contains("<p>Some text.</p>");
    }

    @Test
    void showsHtmlInTheMarkdownAndInBlocksAsText() {
        String html = render("""
                <script>alert(1)</script>

                Inline <img src=x onerror=alert(2)> too.

                ```sh run
                echo '<script>alert(3)</script>'
                ```
                """);

        assertThat(html).doesNotContain("<script", "<img");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(2)&gt;",
                "echo &#39;&lt;script&gt;alert(3)&lt;/script&gt;&#39;");
    }

    @Test
    void dropsLinkTargetsThatRunScript() {
        String html = render("[click](javascript:alert(1)) [ok](https://docs.docker.com/) [local](other.md) ![i](data:text/html,x)\n");

        assertThat(html).doesNotContain("javascript:", "data:text");
        assertThat(html).contains("href=\"https://docs.docker.com/\"", "href=\"/lessons/other\"");
    }
}
