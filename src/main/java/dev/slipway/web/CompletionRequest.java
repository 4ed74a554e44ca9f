package dev.slipway.web;

/**
 * The body of a completion request.
 *
 * @param code the text of the cell's editor
 * @param cursor where the caret is in {@code code}, in UTF-16 units as the browser counts them
 */
record CompletionRequest(String code, Integer cursor) {
}
