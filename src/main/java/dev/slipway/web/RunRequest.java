package dev.slipway.web;

import java.util.Optional;

/**
 * The body of a run request.
 *
 * @param text the learner's edited text for the block; absent to run the block as written
 */
record RunRequest(Optional<String> text) {

    RunRequest {
        text = text == null ? Optional.empty() : text;
    }

    static RunRequest asWritten() {
        return new RunRequest(Optional.empty());
    }
}
