package dev.slipway.notebook;

/** Text kept up to a number of characters; the rest is counted and dropped. */
final class CappedText {

    private final long cap;
    private final StringBuilder text = new StringBuilder();
    private long dropped;

    CappedText(long cap) {
        this.cap = cap;
    }

    void append(String more) {
        int room = (int) Math.max(0, Math.min(more.length(), cap - text.length()));
        text.append(more, 0, room);
        dropped += more.length() - room;
    }

    String text() {
        return text.toString();
    }

    long dropped() {
        return dropped;
    }
}
