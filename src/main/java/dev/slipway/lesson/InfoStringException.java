package dev.slipway.lesson;

/** An info string that cannot be read; the message says what to change. */
public class InfoStringException extends RuntimeException {

    public InfoStringException(String message) {
        super(message);
    }
}
