package dev.slipway.lesson;

import static dev.slipway.lesson.Lessons.body;
import static dev.slipway.lesson.Lessons.problems;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExerciseParsingTest {

    private static final String CHECK_AND_SOLUTION = "```sh check\ntrue\n```\n\n```sh solution\ntrue\n```\n\n";

    @Test
    void groupsCheckHintAndSolutionUnderTheHeading() {
        ParsedLesson parsed = body("### Exercise: Serve the site on port 8080!\n\n```sh check\ntrue\n```\n\n"
                + "```sh hint\nUse -d\n```\n\n```sh solution\ntrue\n```\n");

        Exercise exercise = parsed.lesson().exercises().get(0);
        assertThat(exercise.id()).isEqualTo("serve-the-site-on-port-8080");
        assertThat(exercise.title()).isEqualTo("Serve the site on port 8080!");
        assertThat(exercise.line()).isEqualTo(5);
        assertThat(exercise.checks()).hasSize(1);
        assertThat(exercise.hints()).hasSize(1);
        assertThat(exercise.solutions()).hasSize(1);
    }

    @Test
    void anyHeadingLevelAndCaseStartsAnExercise() {
        ParsedLesson parsed = body("## exercise: One\n\n" + CHECK_AND_SOLUTION + "#### EXERCISE: Two\n\n" + CHECK_AND_SOLUTION);

        assertThat(parsed.lesson().exercises()).extracting(Exercise::id).containsExactly("one", "two");
    }

    @Test
    void exerciseEndsAtNextHeadingOfSameOrHigherLevel() {
        ParsedLesson parsed = body("## Exercise: One\n\n### Details\n\n" + CHECK_AND_SOLUTION + "## Next\n\n```sh hint\nx\n```\n");

        assertThat(parsed.lesson().exercises().get(0).checks()).hasSize(1);
        assertThat(problems(parsed)).containsExactly("lessons/demo.md:19: this hint is not under an exercise heading;"
                + " add a heading such as ### Exercise: start a web server above it");
    }

    @Test
    void slugDropsAccentsAndPunctuation() {
        assertThat(ExerciseCollector.slug("  Créer un volume: «data»  ")).isEqualTo("creer-un-volume-data");
    }

    @Test
    void duplicateIdIsAnError() {
        ParsedLesson parsed = body("### Exercise: Run it\n\n" + CHECK_AND_SOLUTION + "### Exercise: run it!\n\n" + CHECK_AND_SOLUTION);

        assertThat(problems(parsed)).containsExactly("lessons/demo.md:15: exercise id 'run-it' is already used by the"
                + " exercise on line 5; give this exercise a different title");
    }

    @Test
    void headingWithoutTitleIsAnError() {
        assertThat(problems(body("### Exercise: ?!\n"))).containsExactly("lessons/demo.md:5: the exercise heading has"
                + " no title; write it like ### Exercise: start a web server");
    }

    @Test
    void checkOutsideAnExerciseIsAnError() {
        assertThat(problems(body("```check\ncontainer web running\n```\n"))).containsExactly("lessons/demo.md:5: this"
                + " check is not under an exercise heading; add a heading such as ### Exercise: start a web server above it");
    }

    @Test
    void blocksInsideAnExerciseKeepRunningInOrder() {
        ParsedLesson parsed = body("### Exercise: One\n\n```sh run\necho setup\n```\n\n" + CHECK_AND_SOLUTION);

        assertThat(parsed.lesson().blocks()).extracting(Block::index).containsExactly(0, 1, 2);
        assertThat(parsed.lesson().exercises().get(0).checks()).hasSize(1);
    }
}
