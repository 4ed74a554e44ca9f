package dev.slipway.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slipway.lesson.Command;
import java.util.List;
import org.junit.jupiter.api.Test;

class TranscriptMatcherTest {

    private final TranscriptMatcher matcher = new TranscriptMatcher();

    private boolean matches(List<String> expected, String output) {
        return matcher.match(expected, 0, output, 0).passed();
    }

    @Test
    void exactOutputMatches() {
        assertThat(matches(List.of("Hello World"), "Hello World\n")).isTrue();
    }

    @Test
    void differentOutputFailsWithUnifiedDiff() {
        MatchResult result = matcher.match(List.of("a", "b", "c"), 0, "a\nx\nc\n", 0);

        assertThat(result.passed()).isFalse();
        assertThat(result.diff()).isEqualTo("--- expected\n+++ actual\n a\n-b\n+x\n c\n");
        assertThat(result.message()).isEqualTo("output does not match the transcript:\n" + result.diff());
    }

    @Test
    void missingAndExtraLinesShowInTheDiff() {
        assertThat(matcher.match(List.of("a", "b"), 0, "a\n", 0).diff()).isEqualTo("--- expected\n+++ actual\n a\n-b\n");
        assertThat(matcher.match(List.of("a"), 0, "a\nb\n", 0).diff()).isEqualTo("--- expected\n+++ actual\n a\n+b\n");
    }

    @Test
    void trailingWhitespaceIsIgnoredOnBothSides() {
        assertThat(matches(List.of("a  ", "b"), "a\nb \t\n")).isTrue();
    }

    @Test
    void leadingWhitespaceCounts() {
        assertThat(matches(List.of("a"), "  a\n")).isFalse();
    }

    @Test
    void crlfIsReadAsLf() {
        assertThat(matches(List.of("a", "b"), "a\r\nb\r\n")).isTrue();
    }

    @Test
    void carriageReturnRewriteKeepsTheLastVersionOfTheLine() {
        assertThat(matches(List.of("100%"), "10%\r50%\r100%\n")).isTrue();
    }

    @Test
    void ansiColourAndOscSequencesAreRemoved() {
        assertThat(matches(List.of("OK done"), "\u001B[32mOK\u001B[0m \u001B]0;title\u0007done\u001B[K\n")).isTrue();
        assertThat(matches(List.of("link"), "\u001B]8;;http://x\u001B\\link\u001B]8;;\u001B\\\n")).isTrue();
    }

    @Test
    void finalNewlineDoesNotMakeAnExtraLine() {
        assertThat(matches(List.of("a"), "a\n")).isTrue();
        assertThat(matches(List.of("a"), "a")).isTrue();
        assertThat(matches(List.of("a", ""), "a\n\n")).isTrue();
        assertThat(matches(List.of("a"), "a\n\n")).isFalse();
    }

    @Test
    void ellipsisLineMatchesAnyLinesAtTheStart() {
        assertThat(matches(List.of("...", "done"), "1\n2\n3\ndone\n")).isTrue();
    }

    @Test
    void ellipsisLineMatchesAnyLinesInTheMiddle() {
        assertThat(matches(List.of("start", "...", "end"), "start\nx\ny\nend\n")).isTrue();
    }

    @Test
    void ellipsisLineMatchesAnyLinesAtTheEnd() {
        assertThat(matches(List.of("Using default tag: latest", "..."), "Using default tag: latest\nlatest: Pulling\n")).isTrue();
    }

    @Test
    void ellipsisLineMatchesZeroLines() {
        assertThat(matches(List.of("a", "...", "b"), "a\nb\n")).isTrue();
        assertThat(matches(List.of("..."), "")).isTrue();
    }

    @Test
    void ellipsisChoosesTheSplitThatLetsTheRestMatch() {
        assertThat(matches(List.of("...", "x", "y", "..."), "x\nx\nz\nx\ny\nq\n")).isTrue();
        assertThat(matches(List.of("...", "x", "...", "x"), "x\n")).isFalse();
    }

    @Test
    void ellipsisDoesNotHideAMissingLine() {
        MatchResult result = matcher.match(List.of("start", "...", "end"), 0, "start\nmiddle\n", 0);

        assertThat(result.passed()).isFalse();
        assertThat(result.diff()).isEqualTo("--- expected\n+++ actual\n start\n ...\n-end\n");
    }

    @Test
    void ellipsisInsideALineMatchesAnyText() {
        assertThat(matches(List.of("Digest: sha256:..."), "Digest: sha256:abc123\n")).isTrue();
        assertThat(matches(List.of("...: ... done"), "a1b2: layer done\n")).isTrue();
        assertThat(matches(List.of("id ... (", "x"), "id 42 (\nx\n")).isTrue();
        assertThat(matches(List.of("Digest: sha256:..."), "Status: ok\n")).isFalse();
    }

    @Test
    void regexLineMatchesTheWholeLine() {
        assertThat(matches(List.of("[0-9a-f]{12} (re)"), "3f4e5a6b7c8d\n")).isTrue();
        assertThat(matches(List.of("[0-9a-f]{12} (re)"), "3f4e5a6b7c8d extra\n")).isFalse();
    }

    @Test
    void regexMetacharactersInPlainLinesAreLiteral() {
        assertThat(matches(List.of("a.b [x]"), "a.b [x]\n")).isTrue();
        assertThat(matches(List.of("a.b"), "axb\n")).isFalse();
    }

    @Test
    void invalidRegexIsComparedAsText() {
        assertThat(matches(List.of("h(i (re)"), "h(i (re)\n")).isTrue();
    }

    @Test
    void exitCodeMustMatch() {
        MatchResult result = matcher.match(List.of(), 0, "", 2);

        assertThat(result.passed()).isFalse();
        assertThat(result.outputMatched()).isTrue();
        assertThat(result.message()).isEqualTo("exit code: expected 0, got 2\n");
    }

    @Test
    void expectedNonZeroExitFromTheCommand() {
        Command command = new Command("ls /nope", List.of("ls: /nope: No such file or directory"), 1, 1);

        assertThat(matcher.match(command, "ls: /nope: No such file or directory\n", 1).passed()).isTrue();
        assertThat(matcher.match(command, "ls: /nope: No such file or directory\n", 0).message())
                .isEqualTo("exit code: expected 1, got 0\n");
    }

    @Test
    void emptyExpectedListOnlyChecksTheExitCode() {
        assertThat(matches(List.of(), "anything\nat all\n")).isTrue();
    }

    @Test
    void emptyOutputFailsALiteralExpectation() {
        MatchResult result = matcher.match(List.of("hi"), 0, "", 0);

        assertThat(result.passed()).isFalse();
        assertThat(result.diff()).isEqualTo("--- expected\n+++ actual\n-hi\n");
    }

    @Test
    void replacementCharactersOfUndecodableBytesAreMatchedAsText() {
        assertThat(matches(List.of("PNG ..."), "\uFFFDPNG \uFFFD\uFFFD\n".substring(1))).isTrue();
        assertThat(matches(List.of("\uFFFD\uFFFD"), "\uFFFD\uFFFD\n")).isTrue();
        assertThat(matcher.match(List.of("text"), 0, "\uFFFD\n", 0).diff()).contains("+\uFFFD");
    }

    @Test
    void outputAndExitCodeFailuresAreBothReported() {
        String message = matcher.match(List.of("a"), 0, "b\n", 3).message();

        assertThat(message).contains("-a\n+b\n").endsWith("exit code: expected 0, got 3\n");
    }
}
