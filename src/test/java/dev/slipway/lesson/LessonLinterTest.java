package dev.slipway.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonLinterTest {

    private static final DeclarativeCheckSyntax ONLY_RUNNING = line -> line.endsWith(" running")
            ? Optional.empty() : Optional.of("'" + line + "' is not a valid assertion");

    /** Flags every line of Java that says "broken". */
    private static final JavaSyntax BROKEN_FLAGGED = code -> {
        List<String> lines = code.lines().toList();
        return java.util.stream.IntStream.range(0, lines.size()).filter(i -> lines.get(i).contains("broken"))
                .mapToObj(i -> new JavaSyntax.SyntaxError(i + 1, "';' expected")).toList();
    };

    private final LessonLinter linter = new LessonLinter(new LessonParser(), ONLY_RUNNING, BROKEN_FLAGGED);

    private List<String> lint(String body) {
        return linter.lint(Lessons.PATH, Lessons.HEADER + body).stream().map(LessonProblem::format).toList();
    }

    private static String exercise(String title, String blocks) {
        return "### Exercise: " + title + "\n\n" + blocks;
    }

    @Test
    void validLessonHasNoProblems() {
        assertThat(lint("```console\n$ docker run --rm busybox echo hi\nhi\n```\n\n"
                + exercise("run web", "```check\ncontainer web running\n```\n\n```sh solution\n"
                        + "docker run -d --name web busybox httpd -f\n```\n"))).isEmpty();
    }

    @Test
    void reportsJavaSyntaxErrorsOfCellsAndSolutionsAtTheirFileLine() {
        assertThat(lint("```java\nint ok = 1;\nint broken = ;\n```\n\n"
                + exercise("count", "```java check\nassert ok == 1;\n```\n\n```java solution\nbroken\n```\n")))
                .containsExactly("lessons/demo.md:7: Java: ';' expected", "lessons/demo.md:17: Java: ';' expected");
    }

    @Test
    void includesTheParsersProblems() {
        assertThat(lint("```sh run tiemout=1s\ntrue\n```\n")).hasSize(1);
    }

    @Test
    void exerciseWithoutCheckOrSolutionIsAnError() {
        assertThat(lint(exercise("nothing", "```sh hint\nx\n```\n"))).containsExactly(
                "lessons/demo.md:5: exercise 'nothing' has no check; add a ```check or ```sh check block under its heading",
                "lessons/demo.md:5: exercise 'nothing' has no solution; add a ```sh solution block under its heading,"
                        + " so headless checking can solve it");
    }

    @Test
    void interactiveRunInAHeadlessBlockIsAnError() {
        for (String flags : List.of("-it", "-ti", "-i -t", "--interactive --tty", "--rm -it", "-i --tty")) {
            assertThat(lint("```sh run\necho start\ndocker run " + flags + " busybox sh\n```\n"))
                    .as(flags).containsExactly("lessons/demo.md:7: 'docker run -it' needs a terminal, but this block runs"
                            + " without one; put it in a ```sh terminal block, or drop -it (use -d, or -i with stdin=\"...\")");
        }
    }

    @Test
    void interactiveExecInATranscriptIsReportedOnItsCommandLine() {
        assertThat(lint("```console\n$ echo a\na\n$ docker exec -it web sh\n```\n")).containsExactly(
                "lessons/demo.md:8: 'docker exec -it' needs a terminal, but this block runs without one; put it in a"
                        + " ```sh terminal block, or drop -it (use -d, or -i with stdin=\"...\")");
    }

    @Test
    void interactiveRunIsFineInATerminalBlockOrDetachedOrWithOnlyOneFlag() {
        assertThat(lint("```sh terminal\n$ docker run -it busybox sh\n```\n")).isEmpty();
        assertThat(lint("```sh run\ndocker run -dit --name x busybox sh\n```\n")).isEmpty();
        assertThat(lint("```sh run stdin=\"echo hi\"\ndocker run -i busybox sh\n```\n")).isEmpty();
        assertThat(lint("```sh run\ndocker run --rm busybox echo -it\n```\n")).isEmpty();
    }

    @Test
    void imageNotInFrontMatterIsAnError() {
        assertThat(lint("```sh run\ndocker run -d -p 8080:80 --name web nginx:alpine\n```\n")).containsExactly(
                "lessons/demo.md:6: image nginx:alpine is used but not listed in the front matter; add it to images,"
                        + " such as images: [busybox, nginx:alpine]");
    }

    @Test
    void imagesAreComparedWithDefaultTagAndRegistry() {
        assertThat(lint("```sh run\ndocker run --rm busybox:latest true\ndocker pull docker.io/library/busybox\n```\n"))
                .isEmpty();
        assertThat(lint("```sh run\ndocker run --rm busybox:1.36 true\n```\n")).hasSize(1);
    }

    @Test
    void createAndPullAndDockerfileFromUseImages() {
        assertThat(lint("```sh run\ndocker create redis\n```\n")).singleElement().asString().contains("image redis ");
        assertThat(lint("```sh run\ndocker image pull alpine\n```\n")).singleElement().asString().contains("image alpine ");
        assertThat(lint("```dockerfile file=app/Dockerfile\n# base\nFROM --platform=linux/amd64 alpine:3.19 AS base\n"
                + "FROM base\nCOPY --from=golang:1.22 /go /go\nFROM scratch\n```\n")).containsExactly(
                "lessons/demo.md:7: image alpine:3.19 is used but not listed in the front matter; add it to images,"
                        + " such as images: [busybox, alpine:3.19]",
                "lessons/demo.md:9: image golang:1.22 is used but not listed in the front matter; add it to images,"
                        + " such as images: [busybox, golang:1.22]");
    }

    @Test
    void optionValuesAreNotMistakenForTheImage() {
        assertThat(lint("```sh run\ndocker run -d --name web -v data:/data -e A=b -w /x -p8080:80 busybox httpd\n```\n"))
                .isEmpty();
    }

    @Test
    void imagesBuiltTaggedOrCommittedEarlierAreAvailableLater() {
        assertThat(lint("```sh run\ndocker build -t hello:1.0 .\ndocker run --rm hello:1.0\n"
                + "docker tag hello:1.0 greet\ndocker run greet\ndocker commit web snap\ndocker run snap\n```\n")).isEmpty();
    }

    @Test
    void imageBuiltLaterIsNotAvailableEarlier() {
        assertThat(lint("```sh run\ndocker run --rm hello\ndocker build -t hello .\n```\n")).hasSize(1);
    }

    @Test
    void imagesPushedToTheLocalRegistryCanBePulledLater() {
        assertThat(lint("```sh run\ndocker build --tag=localhost:5000/app .\ndocker push localhost:5000/app\n"
                + "docker rmi localhost:5000/app\ndocker pull localhost:5000/app\n```\n")).isEmpty();
        assertThat(lint("```sh run\ndocker pull localhost:5000/other\n```\n")).hasSize(1);
    }

    @Test
    void checkMayUseAnImageItsSolutionBuilds() {
        assertThat(lint(exercise("build", "```sh check\ndocker run --rm hello\n```\n\n```sh solution\n"
                + "docker build -t hello .\n```\n"))).isEmpty();
    }

    @Test
    void imagesBuiltInSetupAreAvailable() {
        List<LessonProblem> problems = linter.lint(Lessons.PATH, "---\ntitle: T\nsetup: docker build -t base .\n---\n"
                + "```sh run\ndocker run base\n```\n");

        assertThat(problems).isEmpty();
    }

    @Test
    void variablesAndHintsAreNotCheckedForImages() {
        assertThat(lint("```sh run\ndocker run \"$IMAGE\"\n```\n")).isEmpty();
        assertThat(lint(exercise("x", "```sh check\ntrue\n```\n\n```sh hint\ndocker run redis\n```\n\n"
                + "```sh solution\ntrue\n```\n"))).isEmpty();
    }

    @Test
    void eachMissingImageIsReportedOnce() {
        assertThat(lint("```sh run\ndocker run redis\ndocker run redis\n```\n")).hasSize(1);
    }

    @Test
    void unknownDeclarativeAssertionIsReportedOnItsLine() {
        assertThat(lint(exercise("x", "```check\ncontainer web running\ncontainer web flying\n```\n\n```sh solution\ntrue\n```\n")))
                .containsExactly("lessons/demo.md:9: 'container web flying' is not a valid assertion");
    }

    @Test
    void transcriptRegexThatDoesNotCompileIsAnError() {
        assertThat(lint("```console\n$ echo \\\n  hi\nh(i (re)\n```\n")).containsExactly("lessons/demo.md:8: the regular"
                + " expression does not compile (Unclosed group); fix it, or remove \" (re)\" to match the text as written");
    }

    @Test
    void lintPathsWalksFoldersForMarkdownSortedByFileAndLine(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("b/two.md"), "# no front matter\n");
        Files.writeString(dir.resolve("a.md"), "---\ntitle: A\nx: 1\ny: 2\n---\n");
        Files.writeString(dir.resolve("notes.txt"), "ignored");

        List<LessonProblem> problems = linter.lintPaths(List.of(dir));

        assertThat(problems).extracting(p -> dir.relativize(p.path()) + ":" + p.line())
                .containsExactly("a.md:3", "a.md:4", "b/two.md:1");
    }
}
