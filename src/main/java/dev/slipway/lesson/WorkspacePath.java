package dev.slipway.lesson;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/** Checks that a {@code file=} path stays inside the learner's workspace. */
final class WorkspacePath {

    private static final Pattern DRIVE = Pattern.compile("[A-Za-z]:.*");

    private WorkspacePath() {
    }

    /**
     * What is wrong with a path, if anything: it is empty, absolute (starts with {@code /},
     * {@code \}, {@code ~} or a drive letter), has a {@code ..} segment, or names a folder.
     */
    static Optional<String> problem(String path) {
        if (path.isBlank()) {
            return Optional.of("file= is empty; give a path inside the workspace, such as app/Dockerfile");
        }
        String[] segments = path.split("[/\\\\]");
        String name = segments.length == 0 ? "file" : segments[segments.length - 1];
        boolean absolute = path.startsWith("/") || path.startsWith("\\") || path.startsWith("~")
                || DRIVE.matcher(path).matches();
        boolean climbs = Arrays.asList(segments).contains("..");
        if (absolute || climbs) {
            return Optional.of("file=" + path + " leaves the workspace; use a path inside it, such as app/" + name);
        }
        if (path.endsWith("/") || name.equals(".")) {
            return Optional.of("file=" + path + " names a folder; end it with a file name, such as " + path
                    + (path.endsWith("/") ? "" : "/") + "index.html");
        }
        return Optional.empty();
    }

    /** The path without leading {@code ./} segments. */
    static String normalise(String path) {
        String result = path;
        while (result.startsWith("./")) {
            result = result.substring(2);
        }
        return result;
    }
}
