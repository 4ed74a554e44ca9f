package dev.slipway.check;

/** An assertion line that cannot be read; the message says how to write it. */
public class AssertionSyntaxException extends RuntimeException {

    public AssertionSyntaxException(String message) {
        super(message);
    }
}
