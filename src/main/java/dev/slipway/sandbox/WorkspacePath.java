package dev.slipway.sandbox;

import java.nio.file.Path;

/** Checks that a path given by a lesson or a learner stays inside the workspace. */
public final class WorkspacePath {

    private WorkspacePath() {
    }

    /**
     * Returns {@code path} normalised, or throws when it is empty, absolute, or climbs out of the
     * workspace with {@code ..}.
     */
    public static String require(String path) {
        if (path.isBlank() || path.startsWith("/")) {
            throw new IllegalArgumentException("file path '" + path + "' must be relative to the workspace, such as app/Dockerfile");
        }
        Path normal = Path.of(path).normalize();
        if (normal.toString().isEmpty() || normal.startsWith("..")) {
            throw new IllegalArgumentException("file path '" + path + "' leaves the workspace; use a path inside it, such as app/"
                    + Path.of(path).getFileName());
        }
        return normal.toString();
    }
}
