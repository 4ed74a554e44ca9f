package dev.slipway.lesson;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the images a Dockerfile builds on: {@code FROM} images and {@code COPY --from} images. */
final class DockerfileImages {

    private static final Pattern FROM = Pattern.compile(
            "(?i)FROM\\s+(?:--platform=\\S+\\s+)?(\\S+)(?:\\s+AS\\s+(\\S+))?\\s*");
    private static final Pattern COPY_FROM = Pattern.compile("(?i)COPY\\s+.*--from=(\\S+).*");
    private static final Pattern FILE_NAME = Pattern.compile("(?i)(.*/)?((Docker|Container)file(\\..+)?|.+\\.(docker|container)file)");

    /**
     * An image a Dockerfile line uses.
     *
     * @param line 0-based line within the file
     */
    record Use(int line, String image) {
    }

    private DockerfileImages() {
    }

    /** Whether a file block writes a Dockerfile: by its language or its file name. */
    static boolean isDockerfile(FileBlock file) {
        return file.language().equals("dockerfile") || file.language().equals("containerfile")
                || FILE_NAME.matcher(file.path()).matches();
    }

    /** The images used, in order; build stages named with {@code AS}, and {@code scratch}, are not images. */
    static List<Use> uses(String dockerfile) {
        List<Use> uses = new ArrayList<>();
        Set<String> stages = new HashSet<>();
        List<String> lines = dockerfile.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            Matcher from = FROM.matcher(line);
            Matcher copy = COPY_FROM.matcher(line);
            if (from.matches()) {
                addUse(uses, stages, i, from.group(1));
                if (from.group(2) != null) {
                    stages.add(from.group(2).toLowerCase(Locale.ROOT));
                }
            } else if (copy.matches() && !copy.group(1).matches("\\d+")) {
                addUse(uses, stages, i, copy.group(1));
            }
        }
        return uses;
    }

    private static void addUse(List<Use> uses, Set<String> stages, int line, String image) {
        if (!image.equalsIgnoreCase("scratch") && !stages.contains(image.toLowerCase(Locale.ROOT))) {
            uses.add(new Use(line, image));
        }
    }
}
