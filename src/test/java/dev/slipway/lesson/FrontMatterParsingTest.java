package dev.slipway.lesson;

import static dev.slipway.lesson.Lessons.parse;
import static dev.slipway.lesson.Lessons.problems;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class FrontMatterParsingTest {

    @Test
    void readsEveryKeyWithFlowListAndBlockScalar() {
        ParsedLesson parsed = parse("""
                ---
                title: Running containers
                summary: Start, list and stop containers.
                order: 30
                images: [busybox, "nginx:alpine"]
                setup: |
                  docker rm -f web 2>/dev/null || true
                  docker volume rm data || true
                timeout: 1m30s
                ---
                """);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.lesson().frontMatter()).isEqualTo(new FrontMatter("Running containers",
                "Start, list and stop containers.", OptionalInt.of(30), List.of("busybox", "nginx:alpine"),
                "docker rm -f web 2>/dev/null || true\ndocker volume rm data || true\n", Duration.ofSeconds(90)));
    }

    @Test
    void readsBlockListOfImages() {
        ParsedLesson parsed = parse("---\ntitle: T\nimages:\n  - busybox\n  - redis:7\n---\n");

        assertThat(parsed.lesson().frontMatter().images()).containsExactly("busybox", "redis:7");
    }

    @Test
    void acceptsOneImageWithoutAList() {
        assertThat(parse("---\ntitle: T\nimages: busybox\n---\n").lesson().frontMatter().images()).containsExactly("busybox");
    }

    @Test
    void missingKeysGetDefaults() {
        FrontMatter frontMatter = parse("---\ntitle: T\n---\n").lesson().frontMatter();

        assertThat(frontMatter).isEqualTo(FrontMatter.titled("T"));
        assertThat(frontMatter.timeout()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void lessonIdIsFileNameWithoutExtension() {
        assertThat(parse("---\ntitle: T\n---\n").lesson().id()).isEqualTo("demo");
    }

    @Test
    void acceptsCrlfLineEnds() {
        ParsedLesson parsed = parse("---\r\ntitle: T\r\nimages: [busybox]\r\n---\r\n\r\n```sh run\r\necho hi\r\n```\r\n");

        assertThat(parsed.problems()).isEmpty();
        assertThat(((ScriptBlock) parsed.lesson().blocks().get(0)).script()).isEqualTo("echo hi\n");
    }

    @Test
    void unknownKeyIsAnErrorOnItsLineWithSuggestion() {
        assertThat(problems(parse("---\ntitle: T\ntimout: 5s\n---\n")))
                .containsExactly("lessons/demo.md:3: front matter key 'timout' is not known; did you mean 'timeout'?");
    }

    @Test
    void unknownKeyFarFromAnyKnownListsTheKnownKeys() {
        assertThat(problems(parse("---\ntitle: T\nauthor: me\n---\n"))).containsExactly("lessons/demo.md:3: front matter"
                + " key 'author' is not known; use title, summary, order, images, setup or timeout");
    }

    @Test
    void malformedYamlIsReportedOnTheYamlLineInTheFile() {
        List<String> problems = problems(parse("---\ntitle: T\nimages: [busybox\norder: 3\n---\n"));

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0)).startsWith("lessons/demo.md:4: the front matter is not valid YAML (")
                .endsWith("); check the indentation and put values containing ': ' or starting with [ { & * ! | > ' \" % @ in quotes");
    }

    @Test
    void valueWithColonSpaceIsMalformedYaml() {
        assertThat(problems(parse("---\ntitle: T\nsummary: a: b\n---\n")).get(0))
                .startsWith("lessons/demo.md:3: the front matter is not valid YAML (mapping values are not allowed here)");
    }

    @Test
    void keyGivenTwiceIsAnError() {
        assertThat(problems(parse("---\ntitle: T\ntitle: U\n---\n"))).contains(
                "lessons/demo.md:3: front matter key 'title' is given twice (first on line 2); keep one");
    }

    @Test
    void missingTitleIsAnErrorAtTheOpeningLine() {
        assertThat(problems(parse("---\nsummary: s\n---\n"))).containsExactly(
                "lessons/demo.md:1: the front matter has no title; add a line such as title: Running containers");
    }

    @Test
    void emptyTitleIsAnError() {
        assertThat(problems(parse("---\ntitle:\n---\n"))).containsExactly(
                "lessons/demo.md:2: title is empty; write the lesson's title, such as title: Running containers");
    }

    @Test
    void lessonWithoutFrontMatterIsAnErrorAndGetsItsIdAsTitle() {
        ParsedLesson parsed = parse("# Hello\n");

        assertThat(problems(parsed)).containsExactly("lessons/demo.md:1: the lesson has no front matter; start the"
                + " file with a line ---, a line such as title: Running containers, and a line ---");
        assertThat(parsed.lesson().frontMatter().title()).isEqualTo("demo");
    }

    @Test
    void unclosedFrontMatterIsAnError() {
        assertThat(problems(parse("---\ntitle: T\n\n# Hello\n"))).containsExactly(
                "lessons/demo.md:1: the front matter opened on line 1 is not closed; add a line --- after its last key");
    }

    @Test
    void badValuesAreErrorsOnTheirLines() {
        assertThat(problems(parse("---\ntitle: T\norder: first\nimages: {a: b}\ntimeout: 60\nsetup: [x]\n---\n")))
                .containsExactly(
                        "lessons/demo.md:3: order must be a whole number, such as order: 30",
                        "lessons/demo.md:4: images must be a list of image names, such as images: [busybox, nginx:alpine]",
                        "lessons/demo.md:5: timeout: 60 is not a duration; write it like 30s, 2m or 1m30s",
                        "lessons/demo.md:6: setup must be text, such as setup: docker rm -f web || true");
    }

    @Test
    void frontMatterThatIsNotAMappingIsAnError() {
        assertThat(problems(parse("---\n- a\n- b\n---\n"))).contains(
                "lessons/demo.md:2: the front matter must be 'key: value' lines, such as title: Running containers");
    }
}
