package dev.slipway.lesson;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps the relative links of a lesson, written to work where the markdown is read as a file
 * (a code-hosting site, an editor), to the workbench's addresses: {@code 20-images.md#tags}
 * becomes the lesson page {@code /lessons/20-images#tags}, and a picture such as
 * {@code images/diagram.svg} comes from {@code /lesson-files/images/diagram.svg}. Absolute
 * addresses and anchors stay as they are.
 */
public final class LessonLinks {

    /** Where the workbench serves the lessons folder's files. */
    public static final String FILES = "/lesson-files/";

    private static final Pattern ABSOLUTE = Pattern.compile("(?i)^([a-z][a-z0-9+.-]*:|/|#).*");
    private static final Pattern LESSON = Pattern.compile("^(?:\\./)?([A-Za-z0-9._-]+)\\.md(#.*)?$");

    private LessonLinks() {
    }

    /** The address to use in the workbench for {@code target}, a link's or a picture's. */
    public static String forWorkbench(String target, boolean picture) {
        if (ABSOLUTE.matcher(target).matches()) {
            return target;
        }
        Matcher lesson = LESSON.matcher(target);
        if (!picture && lesson.matches()) {
            return "/lessons/" + lesson.group(1) + (lesson.group(2) == null ? "" : lesson.group(2));
        }
        return FILES + target.replaceFirst("^\\./", "");
    }
}
