package dev.slipway.sandbox;

/** The learner named a container (or another object) that their sandbox does not have. */
public class NotInSandboxException extends RuntimeException {

    public NotInSandboxException(String message) {
        super(message);
    }
}
