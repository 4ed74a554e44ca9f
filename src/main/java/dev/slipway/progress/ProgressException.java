package dev.slipway.progress;

/** The progress database failed; the message says what to do. */
public final class ProgressException extends RuntimeException {

    public ProgressException(String message, Throwable cause) {
        super(message, cause);
    }
}
