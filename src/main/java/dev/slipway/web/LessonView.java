package dev.slipway.web;

import java.util.List;

/**
 * A lesson page's content: the rendered lesson and what the learner has passed in it.
 *
 * @param html the rendered markdown (see {@link dev.slipway.lesson.LessonRenderer})
 * @param problems what is wrong with the lesson file, as {@code file:line: message}
 */
record LessonView(
        String id, String title, String summary, String html, List<ExerciseView> exercises, List<Integer> blocksPassed,
        List<String> exercisesSolved, List<String> problems) {

    /** An exercise of the lesson. */
    record ExerciseView(String id, String title) {
    }
}
