package dev.slipway.progress;

import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What one learner has done in one lesson.
 *
 * @param blocksPassed indexes of the blocks that passed at least once, as written in the lesson
 * @param exercisesSolved ids of the exercises whose checks passed at least once
 */
public record LessonProgress(SortedSet<Integer> blocksPassed, SortedSet<String> exercisesSolved) {

    public LessonProgress {
        blocksPassed = Collections.unmodifiableSortedSet(new TreeSet<>(blocksPassed));
        exercisesSolved = Collections.unmodifiableSortedSet(new TreeSet<>(exercisesSolved));
    }
}
