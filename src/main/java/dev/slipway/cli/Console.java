package dev.slipway.cli;

/** Progress lines for the person at the terminal. */
final class Console {

    private Console() {
    }

    static void info(String message) {
        System.out.println("slipway: " + message);
        System.out.flush();
    }
}
