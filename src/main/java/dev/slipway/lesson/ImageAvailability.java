package dev.slipway.lesson;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Follows which images a lesson's sandbox has, block by block: the front matter's
 * {@code images}, then every image the lesson builds, tags, commits, imports or pushes. An
 * exercise's check may also use the images its solution makes, since it must pass after the
 * solution ran. Reports the first use of each image that is not available by then.
 */
final class ImageAvailability {

    private final Lesson lesson;
    private final Problems problems;
    private final Set<String> available = new HashSet<>();
    private final Set<String> reported = new HashSet<>();

    ImageAvailability(Lesson lesson, Problems problems) {
        this.lesson = lesson;
        this.problems = problems;
    }

    void check() {
        lesson.frontMatter().images().forEach(image -> ImageRef.canonical(image).ifPresent(available::add));
        ShellScanner.scan(lesson.frontMatter().setup()).stream().flatMap(c -> DockerCall.of(c).stream())
                .forEach(this::addMade);
        Map<Integer, Set<String>> fromSolutions = imagesFromSolutions();
        for (Block block : lesson.blocks()) {
            Set<String> extra = fromSolutions.getOrDefault(block.index(), Set.of());
            if (block instanceof FileBlock file && DockerfileImages.isDockerfile(file)) {
                DockerfileImages.uses(file.content())
                        .forEach(use -> require(use.image(), block.fence().lineOf(use.line()), extra));
            }
            for (BlockScripts.Script script : BlockScripts.of(block)) {
                for (ShellCommand command : ShellScanner.scan(script.text())) {
                    DockerCall.of(command).ifPresent(call -> {
                        call.usedImage().ifPresent(image -> require(image, script.firstLine() + call.line(), extra));
                        addMade(call);
                    });
                }
            }
        }
    }

    /** For each check block, the images its exercise's solutions make. */
    private Map<Integer, Set<String>> imagesFromSolutions() {
        Map<Integer, Set<String>> result = new HashMap<>();
        for (Exercise exercise : lesson.exercises()) {
            Set<String> made = new HashSet<>();
            exercise.solutions().stream().flatMap(s -> BlockScripts.of(s).stream())
                    .flatMap(s -> ShellScanner.scan(s.text()).stream()).flatMap(c -> DockerCall.of(c).stream())
                    .flatMap(call -> call.madeImages().stream()).forEach(i -> ImageRef.canonical(i).ifPresent(made::add));
            exercise.checks().forEach(check -> result.put(check.index(), made));
        }
        return result;
    }

    private void addMade(DockerCall call) {
        call.madeImages().forEach(image -> ImageRef.canonical(image).ifPresent(available::add));
    }

    private void require(String image, int line, Set<String> extra) {
        ImageRef.canonical(image).ifPresent(ref -> {
            if (!available.contains(ref) && !extra.contains(ref) && reported.add(ref)) {
                problems.error(line, "image " + image + " is used but not listed in the front matter; add it to images,"
                        + " such as images: " + suggestedList(image));
            }
        });
    }

    private String suggestedList(String image) {
        List<String> images = new ArrayList<>(lesson.frontMatter().images());
        images.add(image);
        return "[" + String.join(", ", images) + "]";
    }
}
