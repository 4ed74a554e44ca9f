package dev.slipway.run;

import java.util.regex.Pattern;

/** Text made safe to print on a terminal or in a report: no escape sequences or control characters. */
public final class PlainText {

    /** CSI and OSC sequences, then any other escape. */
    private static final Pattern ESCAPES =
            Pattern.compile("\u001B\\[[0-?]*[ -/]*[@-~]|\u001B\\][^\u0007\u001B]*(\u0007|\u001B\\\\)?|\u001B.?");
    private static final Pattern CONTROLS = Pattern.compile("[\\p{Cc}&&[^\n\t]]");

    private PlainText() {
    }

    /** {@code text} without terminal escapes, carriage returns and other control characters but new lines and tabs. */
    public static String of(String text) {
        return CONTROLS.matcher(ESCAPES.matcher(text).replaceAll("")).replaceAll("");
    }
}
