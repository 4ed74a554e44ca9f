package dev.slipway.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slipway.lesson.CheckBlock;
import dev.slipway.lesson.CheckLine;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class AssertionParserTest {

    private final AssertionParser parser = new AssertionParser();

    private Assertion parse(String text) {
        return parser.parse(new CheckLine(7, text));
    }

    @Test
    void readsContainerStates() {
        assertThat(parse("container web running"))
                .isEqualTo(new ContainerState(7, "web", ContainerState.State.RUNNING, OptionalInt.empty()));
        assertThat(parse("container web stopped"))
                .isEqualTo(new ContainerState(7, "web", ContainerState.State.STOPPED, OptionalInt.empty()));
        assertThat(parse("container job exited 3"))
                .isEqualTo(new ContainerState(7, "job", ContainerState.State.EXITED, OptionalInt.of(3)));
        assertThat(parse("container job exited"))
                .isEqualTo(new ContainerState(7, "job", ContainerState.State.EXITED, OptionalInt.empty()));
    }

    @Test
    void readsPortWithTcpAsDefaultProtocol() {
        assertThat(parse("container web port 80/tcp -> 8080")).isEqualTo(new ContainerPort(7, "web", "80/tcp", 8080));
        assertThat(parse("container web port 80 -> 8080")).isEqualTo(new ContainerPort(7, "web", "80/tcp", 8080));
        assertThat(parse("container dns port 53/udp -> 5353")).isEqualTo(new ContainerPort(7, "dns", "53/udp", 5353));
    }

    @Test
    void readsImagePresenceInThreeSpellings() {
        assertThat(parse("image hello:1.0 exists")).isEqualTo(new ImagePresence(7, "hello:1.0", true));
        assertThat(parse("image hello:1.0 missing")).isEqualTo(new ImagePresence(7, "hello:1.0", false));
        assertThat(parse("image hello:1.0 does not exist")).isEqualTo(new ImagePresence(7, "hello:1.0", false));
    }

    @Test
    void readsVolumes() {
        assertThat(parse("volume data exists")).isEqualTo(new VolumeExists(7, "data"));
        assertThat(parse("volume data mounted at /data in db")).isEqualTo(new VolumeMount(7, "data", "/data", "db"));
    }

    @Test
    void readsFilesWithQuotedText() {
        assertThat(parse("file /www/index.html in web contains \"Hello \\\"you\\\"\""))
                .isEqualTo(new FileInContainer(7, "/www/index.html", "web", Optional.of("Hello \"you\"")));
        assertThat(parse("file /etc/app.conf in web exists"))
                .isEqualTo(new FileInContainer(7, "/etc/app.conf", "web", Optional.empty()));
    }

    @Test
    void readsHttp() {
        assertThat(parse("http http://localhost:8080/ status 200")).isEqualTo(new HttpStatus(7, "http://localhost:8080/", 200));
        assertThat(parse("http http://localhost:8080/ contains \"Hello\""))
                .isEqualTo(new HttpContains(7, "http://localhost:8080/", "Hello"));
        assertThat(parse("http http://localhost:8080/ contains Hello"))
                .isEqualTo(new HttpContains(7, "http://localhost:8080/", "Hello"));
    }

    @Test
    void readsEveryLineOfADeclarativeBlock() {
        CheckBlock.Declarative block = new CheckBlock.Declarative(
                List.of(new CheckLine(3, "volume v exists"), new CheckLine(4, "image i exists")));

        assertThat(parser.parse(block)).extracting(Assertion::line).containsExactly(3, 4);
    }

    @Test
    void unknownFirstWordSaysWhatAssertionsStartWith() {
        assertThat(parser.problemIn("network web exists")).contains(
                "'network web exists' is not a known assertion; start it with container, image, volume, file or http");
    }

    @Test
    void malformedAssertionsSayHowToWriteThem() {
        assertThat(parser.problemIn("container web runing")).contains("'container web runing' is not a valid assertion;"
                + " write container NAME running, stopped, exited [CODE] or port 80/tcp -> 8080");
        assertThat(parser.problemIn("image hello")).contains(
                "'image hello' is not a valid assertion; write image NAME exists, or image NAME missing");
        assertThat(parser.problemIn("volume data mounted at data in db")).isPresent();
        assertThat(parser.problemIn("file index.html in web exists")).isPresent();
        assertThat(parser.problemIn("http localhost:8080 status 200")).isPresent();
        assertThat(parser.problemIn("container web port 80 to 8080")).isPresent();
    }

    @Test
    void unclosedQuoteIsAProblem() {
        assertThatThrownBy(() -> parse("http http://x/ contains \"Hello"))
                .isInstanceOf(AssertionSyntaxException.class)
                .hasMessage("a \" quote is not closed; end the text with \"");
    }

    @Test
    void validLineHasNoProblem() {
        assertThat(parser.problemIn("container web running")).isEmpty();
    }
}
