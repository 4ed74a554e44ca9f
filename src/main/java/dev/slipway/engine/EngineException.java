package dev.slipway.engine;

/** No usable host engine, or an image could not be made; the message names the fix. */
public class EngineException extends RuntimeException {

    public EngineException(String message) {
        super(message);
    }

    public EngineException(String message, Throwable cause) {
        super(message, cause);
    }
}
