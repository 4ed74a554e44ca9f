package dev.slipway.web;

import java.util.List;

/** A lesson in the catalogue, with the learner's progress in it. */
record LessonSummary(
        String id, String title, String summary, int blocks, int blocksPassed, int exercises, int exercisesSolved,
        List<String> problems) {
}
