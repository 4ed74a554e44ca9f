package dev.slipway.lesson;

import static dev.slipway.lesson.Lessons.body;
import static dev.slipway.lesson.Lessons.problems;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BlockParsingTest {

    private static Block only(String markdown) {
        ParsedLesson parsed = body(markdown);
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.lesson().blocks()).hasSize(1);
        return parsed.lesson().blocks().get(0);
    }

    @Test
    void consoleBlockStartingWithPromptIsATranscript() {
        TranscriptBlock block = (TranscriptBlock) only("""

                ```console
                $ docker run --rm busybox echo 'Hello World'
                Hello World
                $ docker images --format '{{.Repository}}:{{.Tag}}' busybox
                busybox:latest
                ```
                """);

        assertThat(block.commands()).containsExactly(
                new Command("docker run --rm busybox echo 'Hello World'", List.of("Hello World"), 0, 7),
                new Command("docker images --format '{{.Repository}}:{{.Tag}}' busybox", List.of("busybox:latest"), 0, 9));
        assertThat(block.line()).isEqualTo(6);
        assertThat(block.index()).isZero();
    }

    @Test
    void shBashAndShellBlocksStartingWithPromptAreTranscripts() {
        for (String language : List.of("sh", "bash", "shell")) {
            assertThat(only("```" + language + "\n$ true\n```\n")).isInstanceOf(TranscriptBlock.class);
        }
    }

    @Test
    void lastLineInBracketsIsTheExitCode() {
        TranscriptBlock block = (TranscriptBlock) only("```console\n$ ls /nope\nls: /nope: No such file\n[1]\n```\n");

        assertThat(block.commands().get(0).expectedLines()).containsExactly("ls: /nope: No such file");
        assertThat(block.commands().get(0).expectedExit()).isEqualTo(1);
    }

    @Test
    void bracketLineBeforeOtherOutputIsOrdinaryOutput() {
        TranscriptBlock block = (TranscriptBlock) only("```console\n$ echo x\n[1]\nx\n```\n");

        assertThat(block.commands().get(0).expectedLines()).containsExactly("[1]", "x");
        assertThat(block.commands().get(0).expectedExit()).isZero();
    }

    @Test
    void backslashContinuationLinesJoinTheCommand() {
        TranscriptBlock block = (TranscriptBlock) only("""
                ```console
                $ docker run --rm \\
                >   busybox \\
                    echo hi
                hi
                ```
                """);

        assertThat(block.commands().get(0).commandText()).isEqualTo("docker run --rm \\\n  busybox \\\n    echo hi");
        assertThat(block.commands().get(0).expectedLines()).containsExactly("hi");
    }

    @Test
    void commandWithoutOutputExpectsOnlyExitZero() {
        TranscriptBlock block = (TranscriptBlock) only("```console\n$ docker rm -f web\n$ echo done\ndone\n```\n");

        assertThat(block.commands().get(0)).isEqualTo(new Command("docker rm -f web", List.of(), 0, 6));
    }

    @Test
    void blankLinesInsideOutputAreExpectedButTrailingOnesAreNot() {
        TranscriptBlock block = (TranscriptBlock) only("```console\n$ printf 'a\\n\\nb\\n'\na\n\nb\n\n\n```\n");

        assertThat(block.commands().get(0).expectedLines()).containsExactly("a", "", "b");
    }

    @Test
    void ellipsisAndRegexLinesAreKeptAsWritten() {
        TranscriptBlock block = (TranscriptBlock) only("```console\n$ docker pull busybox\n...\nStatus: ... (re)\n```\n");

        assertThat(block.commands().get(0).expectedLines()).containsExactly("...", "Status: ... (re)");
    }

    @Test
    void promptWithoutCommandIsAnError() {
        assertThat(problems(body("```console\n$ echo a\n$\n```\n")))
                .containsExactly("lessons/demo.md:7: a '$ ' line has no command; write the command after '$ '");
    }

    @Test
    void consoleBlockNotStartingWithPromptIsOnlyShown() {
        ParsedLesson parsed = body("```console\nHello World\n```\n");

        assertThat(parsed.lesson().blocks()).isEmpty();
        assertThat(parsed.problems()).isEmpty();
    }

    @Test
    void consoleBlockWithPromptsLaterIsShownWithAWarning() {
        ParsedLesson parsed = body("```console\n# list\n$ docker ps\n```\n");

        assertThat(parsed.lesson().blocks()).isEmpty();
        assertThat(problems(parsed)).containsExactly("lessons/demo.md:5: warning: this block has '$ ' commands but does"
                + " not start with one, so it is shown and not run; start it with the first '$ ' line, or use ```text to"
                + " only show it");
    }

    @Test
    void emptyConsoleBlockIsATranscriptWithNoCommands() {
        assertThat(problems(body("```console\n\n```\n"))).containsExactly("lessons/demo.md:5: the console block has no"
                + " commands; add a line such as $ docker ps, or remove the block");
    }

    @Test
    void leadingBlankLinesBeforeTheFirstPromptAreSkipped() {
        assertThat(only("```console\n\n$ true\n```\n")).isInstanceOf(TranscriptBlock.class);
    }

    @Test
    void runBlockIsAScriptWithItsAttributes() {
        ScriptBlock block = (ScriptBlock) only("```sh run expect-exit=3 timeout=30s stdin=\"yes\"\nread a; exit 3\n```\n");

        assertThat(block).isEqualTo(new ScriptBlock(block.fence(), "read a; exit 3\n", 3, Optional.of(Duration.ofSeconds(30)),
                Optional.of("yes\n")));
    }

    @Test
    void bashRunBlockIsAScriptWithDefaults() {
        ScriptBlock block = (ScriptBlock) only("```bash run\necho hi\n```\n");

        assertThat(block.expectExit()).isZero();
        assertThat(block.timeout()).isEmpty();
        assertThat(block.stdin()).isEmpty();
        assertThat(block.info().language()).isEqualTo("bash");
    }

    @Test
    void fileAttributeMakesAFileBlockInAnyLanguage() {
        FileBlock block = (FileBlock) only("```dockerfile file=./hello/Dockerfile\nFROM busybox\n```\n");

        assertThat(block.path()).isEqualTo("hello/Dockerfile");
        assertThat(block.content()).isEqualTo("FROM busybox\n");
        assertThat(block.language()).isEqualTo("dockerfile");
    }

    @Test
    void fileBlockWithQuotedPathKeepsSpaces() {
        assertThat(((FileBlock) only("```html file=\"my site/index.html\"\n<p>hi</p>\n```\n")).path())
                .isEqualTo("my site/index.html");
    }

    @Test
    void fileBlockInsideAListKeepsContentWithoutListIndentation() {
        FileBlock block = (FileBlock) only("- step\n\n  ```text file=a.txt\n  hello\n  ```\n");

        assertThat(block.content()).isEqualTo("hello\n");
        assertThat(block.line()).isEqualTo(7);
    }

    @Test
    void fileLeavingTheWorkspaceIsAnError() {
        assertThat(problems(body("```text file=../x\nx\n```\n"))).containsExactly(
                "lessons/demo.md:5: file=../x leaves the workspace; use a path inside it, such as app/x");
        assertThat(problems(body("```text file=/etc/passwd\nx\n```\n"))).containsExactly(
                "lessons/demo.md:5: file=/etc/passwd leaves the workspace; use a path inside it, such as app/passwd");
        assertThat(problems(body("```text file=a/../../b\nx\n```\n"))).hasSize(1);
    }

    @Test
    void emptyFilePathIsAnError() {
        assertThat(problems(body("```text file=\nx\n```\n"))).containsExactly(
                "lessons/demo.md:5: file= is empty; give a path inside the workspace, such as app/Dockerfile");
    }

    @Test
    void filePathNamingAFolderIsAnError() {
        assertThat(problems(body("```text file=site/\nx\n```\n"))).containsExactly(
                "lessons/demo.md:5: file=site/ names a folder; end it with a file name, such as site/index.html");
    }

    @Test
    void terminalBlockListsTypedCommandsWithoutPrompts() {
        TerminalBlock block = (TerminalBlock) only("```sh terminal stdin=\"exit\"\n$ docker run -it busybox sh\n# then\nls\n```\n");

        assertThat(block.commands()).containsExactly("docker run -it busybox sh", "ls");
        assertThat(block.stdin()).contains("exit\n");
    }

    @Test
    void javaBlockIsACellAndJavaCheckIsACheck() {
        ParsedLesson parsed = body("""
                ```java
                var x = 1;
                ```

                ### Exercise: list containers

                ```java check title="lists"
                assert docker.listContainersCmd().exec().isEmpty();
                ```

                ```sh solution
                true
                ```
                """);

        assertThat(parsed.problems()).isEmpty();
        JavaBlock cell = (JavaBlock) parsed.lesson().blocks().get(0);
        JavaBlock check = (JavaBlock) parsed.lesson().blocks().get(1);
        assertThat(cell.isCheck()).isFalse();
        assertThat(check.isCheck()).isTrue();
        assertThat(check.title()).contains("lists");
        assertThat(parsed.lesson().exercises().get(0).checks()).containsExactly(check);
    }

    @Test
    void shCheckIsAShellCheckWithTitle() {
        CheckBlock block = (CheckBlock) exerciseBlocks("```sh check title=\"web runs\"\ndocker ps | grep web\n```\n").get(0);

        assertThat(block.body()).isEqualTo(new CheckBlock.Shell("docker ps | grep web\n"));
        assertThat(block.title()).contains("web runs");
    }

    @Test
    void checkLanguageIsDeclarativeWithoutBlankAndCommentLines() {
        CheckBlock block = (CheckBlock) exerciseBlocks("```check\ncontainer web running\n\n# port\nimage a exists\n```\n").get(0);

        assertThat(block.body()).isEqualTo(new CheckBlock.Declarative(
                List.of(new CheckLine(8, "container web running"), new CheckLine(11, "image a exists"))));
    }

    @Test
    void hintAndSolutionBlocksBelongToTheirExercise() {
        List<Block> blocks = exerciseBlocks("```sh check\ntrue\n```\n\n```sh hint\nUse -d.\n```\n");

        assertThat(blocks.get(1)).isInstanceOf(HintBlock.class);
        assertThat(blocks.get(2)).isInstanceOf(SolutionBlock.class);
        assertThat(((SolutionBlock) blocks.get(2)).isJava()).isFalse();
    }

    @Test
    void displayBlocksAreNotBlocksAndDoNotTakeAnIndex() {
        ParsedLesson parsed = body("```yaml\na: b\n```\n\n```text\nx\n```\n\n```sh run\ntrue\n```\n\n    indented code\n");

        assertThat(parsed.lesson().blocks()).hasSize(1);
        assertThat(parsed.lesson().blocks().get(0).index()).isZero();
    }

    @Test
    void indexesCountRunnableAndExerciseBlocksInOrder() {
        ParsedLesson parsed = body("```sh run\na\n```\n\n```text\nx\n```\n\n```text file=f\nb\n```\n");

        assertThat(parsed.lesson().blocks()).extracting(Block::index).containsExactly(0, 1);
    }

    @Test
    void unterminatedFenceIsReportedAtItsOpeningLine() {
        ParsedLesson parsed = body("```sh run\ntrue\n```\n\n````console\n$ echo\n```\n");

        assertThat(problems(parsed)).containsExactly("lessons/demo.md:9: this code block is never closed, so the rest of"
                + " the file is inside it; add a line ```` where the block ends");
        assertThat(parsed.lesson().blocks()).hasSize(1);
    }

    @Test
    void unknownAttributeIsAnErrorWithSuggestion() {
        assertThat(problems(body("```sh run tiemout=5s\ntrue\n```\n"))).containsExactly(
                "lessons/demo.md:5: attribute 'tiemout=' is not known for a run block; did you mean timeout=?");
    }

    @Test
    void unknownAttributeListsWhatTheBlockAccepts() {
        assertThat(problems(body("```sh run quiet\ntrue\n```\n"))).containsExactly("lessons/demo.md:5: attribute 'quiet'"
                + " is not known for a run block; use expect-exit=, timeout=, stdin= or remove it");
    }

    @Test
    void attributeOnDisplayBlockIsAnError() {
        assertThat(problems(body("```yaml title=x\na: b\n```\n"))).containsExactly("lessons/demo.md:5: attribute"
                + " 'title=' is not known for a block that is only shown; remove it, or add file=PATH to write the block"
                + " to the workspace");
    }

    @Test
    void unknownLanguageWithRunIsAnError() {
        assertThat(problems(body("```foo run\nx\n```\n"))).containsExactly("lessons/demo.md:5: ```foo run: Slipway cannot"
                + " run foo blocks; use sh, bash or shell, such as ```sh run");
    }

    @Test
    void runWithoutLanguageIsAnError() {
        assertThat(problems(body("```run\nx\n```\n"))).containsExactly(
                "lessons/demo.md:5: ```run does not say which language runs it; write it like ```sh run");
    }

    @Test
    void twoRolesOnOneBlockIsAnError() {
        assertThat(problems(body("```sh run check\nx\n```\n")))
                .containsExactly("lessons/demo.md:5: a block can be only one of check, run; keep one");
    }

    @Test
    void badTimeoutAndExitCodeValuesAreErrors() {
        assertThat(problems(body("```sh run timeout=soon expect-exit=300\nx\n```\n"))).containsExactly(
                "lessons/demo.md:5: expect-exit=300 is not an exit code; write a number from 0 to 255",
                "lessons/demo.md:5: timeout=soon is not a duration; write it like 30s, 2m or 1m30s");
    }

    @Test
    void unreadableInfoStringIsAnError() {
        assertThat(problems(body("```sh check title=\"oops\nx\n```\n"))).containsExactly("lessons/demo.md:5: the info"
                + " string 'sh check title=\"oops' cannot be read: a \" quote is not closed; end the value with \"");
    }

    private static List<Block> exerciseBlocks(String blocks) {
        ParsedLesson parsed = body("### Exercise: demo\n\n" + blocks + "\n```sh solution\ntrue\n```\n");
        assertThat(parsed.problems()).isEmpty();
        return parsed.lesson().blocks();
    }
}
