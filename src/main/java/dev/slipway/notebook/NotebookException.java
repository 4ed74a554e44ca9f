package dev.slipway.notebook;

/** A notebook session could not start or talk to its runner; the message says what to do. */
public final class NotebookException extends RuntimeException {

    public NotebookException(String message) {
        super(message);
    }

    public NotebookException(String message, Throwable cause) {
        super(message, cause);
    }
}
