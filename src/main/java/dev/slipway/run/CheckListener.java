package dev.slipway.run;

import java.nio.file.Path;

/** Hears about headless checking as it goes, such as to print a line per block. */
public interface CheckListener {

    /** Hears nothing. */
    CheckListener NONE = new CheckListener() { };

    /** A lesson file is about to be read, linted and run. */
    default void lessonStarted(Path file) {
    }

    /** A block has its final verdict; for an exercise's checks that is after its solution ran. */
    default void blockFinished(BlockReport report) {
    }

    /** A lesson is done, or was stopped by the errors in its report. */
    default void lessonFinished(LessonReport report) {
    }
}
