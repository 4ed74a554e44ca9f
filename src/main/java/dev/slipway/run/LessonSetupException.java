package dev.slipway.run;

/** A lesson could not be prepared: its images did not load or its setup script failed. */
public class LessonSetupException extends RuntimeException {

    public LessonSetupException(String message) {
        super(message);
    }

    public LessonSetupException(String message, Throwable cause) {
        super(message, cause);
    }
}
