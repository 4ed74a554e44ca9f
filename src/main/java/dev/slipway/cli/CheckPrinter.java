package dev.slipway.cli;

import dev.slipway.run.BlockReport;
import dev.slipway.run.CheckListener;
import dev.slipway.run.LessonReport;
import dev.slipway.run.PlainText;
import dev.slipway.run.RunResult;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints headless checking as it goes: a line per block as it finishes, the lines of a
 * failure's message indented under it, and the errors that stopped a lesson.
 */
final class CheckPrinter implements CheckListener {

    private static final String INDENT = "        ";

    private final PrintWriter out;

    CheckPrinter(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void blockFinished(BlockReport report) {
        lines(report).forEach(out::println);
        out.flush();
    }

    @Override
    public void lessonFinished(LessonReport report) {
        report.warnings().forEach(warning -> out.println("  WARN  " + PlainText.of(warning)));
        for (String error : report.errors()) {
            List<String> lines = PlainText.of(error).lines().toList();
            out.println("  ERROR " + lines.get(0));
            lines.stream().skip(1).forEach(line -> out.println(INDENT + line));
        }
        out.flush();
    }

    /** {@code   PASS  file:line  label  (0.4 s)}, or the tag, place, label and message with notes under it. */
    static List<String> lines(BlockReport report) {
        RunResult result = report.result();
        String head = "  " + tag(result) + "  " + report.location() + "  " + report.label();
        if (result.passed()) {
            return List.of(String.format(Locale.ROOT, "%s  (%.1f s)", head, result.elapsed().toMillis() / 1000.0));
        }
        List<String> message = PlainText.of(result.message()).lines().toList();
        List<String> lines = new ArrayList<>();
        lines.add(message.isEmpty() ? head : head + ": " + message.get(0));
        message.stream().skip(1).forEach(line -> lines.add(INDENT + line));
        result.notes().forEach(note -> lines.add(INDENT + "note: " + PlainText.of(note)));
        return lines;
    }

    private static String tag(RunResult result) {
        return switch (result.verdict()) {
            case PASSED -> "PASS";
            case FAILED, TIMED_OUT -> "FAIL";
            case ERROR -> "ERROR";
            case SKIPPED -> "SKIP";
        };
    }
}
