package dev.slipway.sandbox;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes one output stream that arrives in chunks which may split a UTF-8 character: the
 * incomplete tail of a chunk waits for the next one. Bytes that are not UTF-8 become U+FFFD and
 * are remembered, as are NUL bytes, so the caller can say the output was binary.
 */
final class Utf8StreamDecoder {

    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private ByteBuffer pending = ByteBuffer.allocate(0);
    private boolean undecodable;

    /** Decodes what it can of {@code bytes}, keeping an incomplete trailing character. */
    String decode(byte[] bytes, int offset, int length) {
        ByteBuffer in = ByteBuffer.allocate(pending.remaining() + length);
        in.put(pending).put(bytes, offset, length).flip();
        String text = decodeAvailable(in, false);
        pending = in.slice();
        return text;
    }

    /** Decodes whatever is left at the end of the stream. */
    String finish() {
        String text = decodeAvailable(pending, true);
        pending = ByteBuffer.allocate(0);
        return text;
    }

    /** True when a byte that is not UTF-8 text, or a NUL, has been seen. */
    boolean sawUndecodable() {
        return undecodable;
    }

    private String decodeAvailable(ByteBuffer in, boolean endOfInput) {
        CharBuffer out = CharBuffer.allocate(in.remaining() + 1);
        while (true) {
            CoderResult result = decoder.decode(in, out, endOfInput);
            if (result.isError()) {
                undecodable = true;
                out.put('\uFFFD');
                in.position(in.position() + result.length());
            } else {
                break;
            }
        }
        out.flip();
        String text = out.toString();
        if (text.indexOf('\0') >= 0) {
            undecodable = true;
        }
        return text;
    }
}
