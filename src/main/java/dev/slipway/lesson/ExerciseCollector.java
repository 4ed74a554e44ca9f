package dev.slipway.lesson;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Groups checks, hints and solutions under the exercise heading above them. An exercise runs
 * from its heading to the next heading of the same or a higher level, or to the next exercise
 * heading of any level.
 */
final class ExerciseCollector {

    private static final String PREFIX = "exercise:";

    private final Problems problems;
    private final List<Exercise> exercises = new ArrayList<>();
    private final Map<String, Integer> idLines = new HashMap<>();
    private Optional<Open> current = Optional.empty();

    /** The exercise being filled. */
    private record Open(String id, String title, int line, int level, List<Block> checks, List<HintBlock> hints,
            List<SolutionBlock> solutions) {
    }

    ExerciseCollector(Problems problems) {
        this.problems = problems;
    }

    void heading(int level, String text, int line) {
        if (current.filter(open -> level <= open.level()).isPresent()) {
            close();
        }
        String stripped = text.strip();
        if (!stripped.toLowerCase(Locale.ROOT).startsWith(PREFIX)) {
            return;
        }
        close();
        String title = stripped.substring(PREFIX.length()).strip();
        String id = slug(title);
        if (id.isEmpty()) {
            problems.error(line, "the exercise heading has no title; write it like ### Exercise: start a web server");
            return;
        }
        Integer first = idLines.putIfAbsent(id, line);
        if (first != null) {
            problems.error(line, "exercise id '" + id + "' is already used by the exercise on line " + first
                    + "; give this exercise a different title");
        }
        current = Optional.of(new Open(id, title, line, level, new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
    }

    void block(Block block) {
        Optional<String> role = roleOf(block);
        if (role.isEmpty()) {
            return;
        }
        if (current.isEmpty()) {
            problems.error(block.line(), "this " + role.get() + " is not under an exercise heading; add a heading such as"
                    + " ### Exercise: start a web server above it");
            return;
        }
        Open open = current.get();
        if (block instanceof HintBlock hint) {
            open.hints().add(hint);
        } else if (block instanceof SolutionBlock solution) {
            open.solutions().add(solution);
        } else {
            open.checks().add(block);
        }
    }

    List<Exercise> finish() {
        close();
        return List.copyOf(exercises);
    }

    /**
     * The id of an exercise title: lower case ASCII letters and digits, runs of anything else
     * turned into one {@code -}, accents dropped.
     */
    static String slug(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static Optional<String> roleOf(Block block) {
        if (block instanceof CheckBlock || block instanceof JavaBlock java && java.isCheck()) {
            return Optional.of("check");
        }
        if (block instanceof HintBlock) {
            return Optional.of("hint");
        }
        return block instanceof SolutionBlock ? Optional.of("solution") : Optional.empty();
    }

    private void close() {
        current.ifPresent(open -> exercises.add(
                new Exercise(open.id(), open.title(), open.line(), open.checks(), open.hints(), open.solutions())));
        current = Optional.empty();
    }
}
