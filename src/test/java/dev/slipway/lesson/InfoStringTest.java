package dev.slipway.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InfoStringTest {

    @Test
    void readsLanguageFlagsAndAttributesInOrder() {
        InfoString info = InfoString.parse("sh run expect-exit=2 timeout=30s");

        assertThat(info.language()).isEqualTo("sh");
        assertThat(info.flags()).containsExactly("run");
        assertThat(info.attributes()).containsExactly(
                java.util.Map.entry("expect-exit", "2"), java.util.Map.entry("timeout", "30s"));
    }

    @Test
    void keepsLanguageInLowerCase() {
        assertThat(InfoString.parse("Dockerfile file=Dockerfile").language()).isEqualTo("dockerfile");
    }

    @Test
    void emptyInfoStringHasNoLanguage() {
        assertThat(InfoString.parse("  ")).isEqualTo(InfoString.EMPTY);
    }

    @Test
    void firstWordWithEqualsIsAnAttributeNotALanguage() {
        InfoString info = InfoString.parse("file=a.txt");

        assertThat(info.language()).isEmpty();
        assertThat(info.attribute("file")).contains("a.txt");
    }

    @Test
    void doubleQuotedValueKeepsSpacesAndEscapes() {
        InfoString info = InfoString.parse("sh check title=\"say \\\"hi\\\" \\\\ there\"");

        assertThat(info.attribute("title")).contains("say \"hi\" \\ there");
    }

    @Test
    void backslashNInDoubleQuotesIsANewline() {
        assertThat(InfoString.parse("sh run stdin=\"a\\nb\"").attribute("stdin")).contains("a\nb");
    }

    @Test
    void otherBackslashesInDoubleQuotesAreKept() {
        assertThat(InfoString.parse("sh run stdin=\"a\\tb\"").attribute("stdin")).contains("a\\tb");
    }

    @Test
    void singleQuotedValueIsLiteral() {
        assertThat(InfoString.parse("sh check title='a \"b\" \\n'").attribute("title")).contains("a \"b\" \\n");
    }

    @Test
    void emptyQuotedValueIsAnEmptyString() {
        assertThat(InfoString.parse("sh run stdin=\"\"").attribute("stdin")).contains("");
    }

    @Test
    void equalsInsideAQuotedValueIsPartOfTheValue() {
        assertThat(InfoString.parse("sh check title=\"a=b\"").attribute("title")).contains("a=b");
    }

    @Test
    void unclosedDoubleQuoteIsAnError() {
        assertThatThrownBy(() -> InfoString.parse("sh check title=\"oops"))
                .isInstanceOf(InfoStringException.class)
                .hasMessage("a \" quote is not closed; end the value with \"");
    }

    @Test
    void unclosedSingleQuoteIsAnError() {
        assertThatThrownBy(() -> InfoString.parse("sh check title='oops"))
                .hasMessage("a ' quote is not closed; end the value with '");
    }

    @Test
    void repeatedAttributeIsAnError() {
        assertThatThrownBy(() -> InfoString.parse("sh run timeout=1s timeout=2s"))
                .hasMessage("timeout= is given twice; give it once");
    }

    @Test
    void repeatedFlagIsAnError() {
        assertThatThrownBy(() -> InfoString.parse("sh run run")).hasMessage("run is given twice; give it once");
    }

    @Test
    void attributeWithoutNameIsAnError() {
        assertThatThrownBy(() -> InfoString.parse("sh =x")).hasMessage("=x has no name before '='; write name=value");
    }

    @Test
    void namesListsFlagsThenKeysWithEquals() {
        assertThat(InfoString.parse("sh run timeout=1s").names()).containsExactly("run", "timeout=");
    }
}
