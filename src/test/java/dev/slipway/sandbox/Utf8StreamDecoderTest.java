package dev.slipway.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8StreamDecoderTest {

    @Test
    void joinsACharacterSplitAcrossChunks() {
        byte[] euro = "€".getBytes(StandardCharsets.UTF_8);
        var decoder = new Utf8StreamDecoder();

        String first = decoder.decode(euro, 0, 1);
        String second = decoder.decode(euro, 1, 2);

        assertThat(first + second + decoder.finish()).isEqualTo("€");
        assertThat(decoder.sawUndecodable()).isFalse();
    }

    @Test
    void replacesBytesThatAreNotUtf8AndRemembersIt() {
        var decoder = new Utf8StreamDecoder();

        String text = decoder.decode(new byte[] {'o', 'k', (byte) 0xff, 'x'}, 0, 4) + decoder.finish();

        assertThat(text).isEqualTo("ok\uFFFDx");
        assertThat(decoder.sawUndecodable()).isTrue();
    }

    @Test
    void treatsNulBytesAsBinary() {
        var decoder = new Utf8StreamDecoder();

        decoder.decode(new byte[] {'a', 0, 'b'}, 0, 3);

        assertThat(decoder.sawUndecodable()).isTrue();
    }

    @Test
    void reportsAnIncompleteCharacterAtTheEndOfTheStream() {
        byte[] euro = "€".getBytes(StandardCharsets.UTF_8);
        var decoder = new Utf8StreamDecoder();

        String text = decoder.decode(euro, 0, 2) + decoder.finish();

        assertThat(text).isEqualTo("\uFFFD");
        assertThat(decoder.sawUndecodable()).isTrue();
    }
}
