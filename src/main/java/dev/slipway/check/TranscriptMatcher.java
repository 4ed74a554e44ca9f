package dev.slipway.check;

import dev.slipway.lesson.Command;
import java.util.List;

/**
 * Compares what a command printed with the output its transcript expects.
 *
 * <p>Output is read as a terminal shows it (see {@link #match(List, int, String, int)}); each
 * expected line is matched whole. The lines are aligned with an edit-distance table, so a
 * {@code ...} line can take any number of lines wherever that makes the rest match, and a
 * mismatch is shown as the smallest diff.
 */
public final class TranscriptMatcher {

    private static final int NONE = Integer.MAX_VALUE / 2;

    public MatchResult match(Command command, String output, int exitCode) {
        return match(command.expectedLines(), command.expectedExit(), output, exitCode);
    }

    /**
     * Matches output against expected lines.
     *
     * @param expectedLines the transcript's lines; {@code ...} alone matches any number of
     *     lines (none included), {@code ...} inside a line any text, a line ending in
     *     {@code " (re)"} is a regular expression for the whole line; an empty list accepts any
     *     output
     * @param output what the command printed: ANSI escape sequences are removed, CRLF read as
     *     LF, trailing whitespace trimmed, and a final newline does not make an extra line
     */
    public MatchResult match(List<String> expectedLines, int expectedExit, String output, int exitCode) {
        List<String> actual = TerminalText.lines(output);
        if (expectedLines.isEmpty()) {
            return new MatchResult(true, "", expectedExit, exitCode);
        }
        List<ExpectedLine> expected = expectedLines.stream().map(ExpectedLine::of).toList();
        int[][] cost = costs(expected, actual);
        boolean matched = cost[0][0] == 0;
        String diff = matched ? "" : diff(expected, actual, cost);
        return new MatchResult(matched, diff, expectedExit, exitCode);
    }

    /** {@code cost[i][j]}: the fewest unmatched lines when aligning expected[i..] with actual[j..]. */
    private static int[][] costs(List<ExpectedLine> expected, List<String> actual) {
        int n = expected.size();
        int m = actual.size();
        int[][] cost = new int[n + 1][m + 1];
        for (int j = m; j >= 0; j--) {
            cost[n][j] = m - j;
        }
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m; j >= 0; j--) {
                cost[i][j] = best(expected.get(i), actual, cost, i, j);
            }
        }
        return cost;
    }

    private static int best(ExpectedLine line, List<String> actual, int[][] cost, int i, int j) {
        boolean more = j < actual.size();
        int best = 1 + cost[i + 1][j];
        if (line.isEllipsis()) {
            best = Math.min(cost[i + 1][j], more ? cost[i][j + 1] : NONE);
        } else if (more && line.matches(actual.get(j))) {
            best = Math.min(best, cost[i + 1][j + 1]);
        }
        return more ? Math.min(best, 1 + cost[i][j + 1]) : best;
    }

    private static String diff(List<ExpectedLine> expected, List<String> actual, int[][] cost) {
        StringBuilder diff = new StringBuilder("--- expected\n+++ actual\n");
        int i = 0;
        int j = 0;
        while (i < expected.size() || j < actual.size()) {
            if (i == expected.size()) {
                diff.append('+').append(actual.get(j++)).append('\n');
                continue;
            }
            ExpectedLine line = expected.get(i);
            boolean more = j < actual.size();
            if (line.isEllipsis() && more && cost[i][j] == cost[i][j + 1]) {
                j++;
            } else if (line.isEllipsis() && cost[i][j] == cost[i + 1][j]) {
                diff.append(' ').append(line.text()).append('\n');
                i++;
            } else if (more && line.matches(actual.get(j)) && cost[i][j] == cost[i + 1][j + 1]) {
                diff.append(' ').append(actual.get(j++)).append('\n');
                i++;
            } else if (cost[i][j] == 1 + cost[i + 1][j]) {
                diff.append('-').append(line.text()).append('\n');
                i++;
            } else {
                diff.append('+').append(actual.get(j++)).append('\n');
            }
        }
        return diff.toString();
    }
}
