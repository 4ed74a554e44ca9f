package dev.slipway.sandbox;

/** A sandbox or its engine failed; the message says what failed and what to do. */
public class SandboxException extends RuntimeException {

    public SandboxException(String message) {
        super(message);
    }

    public SandboxException(String message, Throwable cause) {
        super(message, cause);
    }
}
