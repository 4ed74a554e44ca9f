package dev.slipway.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slipway.sandbox.FakeSandbox;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class AssertionVerifyTest {

    private static final ContainerState RUNNING = new ContainerState(1, "web", ContainerState.State.RUNNING, OptionalInt.empty());

    @Test
    void containerRunningPassesOnRunningStatus() {
        FakeSandbox sandbox = FakeSandbox.printing("running 0\n");

        assertThat(RUNNING.verify(sandbox)).isEqualTo(CheckResult.pass("container web is running"));
        assertThat(sandbox.commands).containsExactly("docker container inspect -f '{{.State.Status}} {{.State.ExitCode}}' 'web'");
    }

    @Test
    void containerRunningFailsOnExitedWithCode() {
        assertThat(RUNNING.verify(FakeSandbox.printing("exited 1\n")))
                .isEqualTo(CheckResult.fail("container web: expected running, found exited (code 1)"));
    }

    @Test
    void missingContainerSaysItDoesNotExist() {
        assertThat(RUNNING.verify(FakeSandbox.failing("Error: No such container: web\n")))
                .isEqualTo(CheckResult.fail("container web does not exist"));
    }

    @Test
    void engineErrorIsReportedWithDockersMessage() {
        assertThat(RUNNING.verify(FakeSandbox.failing("Cannot connect to the Docker daemon\n")).message())
                .isEqualTo("container web: could not inspect it (Cannot connect to the Docker daemon)");
    }

    @Test
    void stoppedAcceptsExitedAndCreatedButNotRunning() {
        ContainerState stopped = new ContainerState(1, "web", ContainerState.State.STOPPED, OptionalInt.empty());

        assertThat(stopped.verify(FakeSandbox.printing("exited 137\n")).passed()).isTrue();
        assertThat(stopped.verify(FakeSandbox.printing("created 0\n")).passed()).isTrue();
        assertThat(stopped.verify(FakeSandbox.printing("running 0\n")).message())
                .isEqualTo("container web: expected stopped, found running");
    }

    @Test
    void exitedWithCodeRequiresThatCode() {
        ContainerState exited = new ContainerState(1, "job", ContainerState.State.EXITED, OptionalInt.of(0));

        assertThat(exited.verify(FakeSandbox.printing("exited 0\n")).passed()).isTrue();
        assertThat(exited.verify(FakeSandbox.printing("exited 2\n")).message())
                .isEqualTo("container job: expected exited (code 0), found exited (code 2)");
    }

    @Test
    void portPassesWhenPublishedOnTheHostPort() {
        ContainerPort port = new ContainerPort(1, "web", "80/tcp", 8080);
        FakeSandbox sandbox = FakeSandbox.printing("0.0.0.0:8080\n[::]:8080\n");

        assertThat(port.verify(sandbox).passed()).isTrue();
        assertThat(sandbox.commands).containsExactly("docker port 'web' '80/tcp'");
    }

    @Test
    void portFailsShowingWhereItIsPublished() {
        ContainerPort port = new ContainerPort(1, "web", "80/tcp", 8080);

        assertThat(port.verify(FakeSandbox.printing("0.0.0.0:9090\n")).message())
                .isEqualTo("container web: expected port 80/tcp published on 8080, found 0.0.0.0:9090");
        assertThat(port.verify(FakeSandbox.failing("Error: No public port '80/tcp' published for web\n")).message())
                .isEqualTo("container web: expected port 80/tcp published on 8080, found it not published");
        assertThat(port.verify(FakeSandbox.failing("Error response from daemon: No such container: web\n")).message())
                .isEqualTo("container web does not exist");
    }

    @Test
    void imageExistsAndMissing() {
        ImagePresence exists = new ImagePresence(1, "hello:1.0", true);
        ImagePresence missing = new ImagePresence(1, "hello:1.0", false);
        FakeSandbox present = FakeSandbox.printing("sha256:abc\n");
        FakeSandbox absent = FakeSandbox.failing("Error: No such image: hello:1.0\n");

        assertThat(exists.verify(present)).isEqualTo(CheckResult.pass("image hello:1.0 exists"));
        assertThat(exists.verify(absent)).isEqualTo(CheckResult.fail("image hello:1.0 does not exist"));
        assertThat(missing.verify(absent).passed()).isTrue();
        assertThat(missing.verify(present).message()).isEqualTo("image hello:1.0: expected it to be missing, found sha256:abc");
    }

    @Test
    void volumeExists() {
        VolumeExists volume = new VolumeExists(1, "data");

        assertThat(volume.verify(FakeSandbox.printing("data\n")).passed()).isTrue();
        assertThat(volume.verify(FakeSandbox.failing("Error: No such volume: data\n")).message())
                .isEqualTo("volume data does not exist");
    }

    @Test
    void volumeMountedAtPathInContainer() {
        VolumeMount mount = new VolumeMount(1, "data", "/data", "db");

        assertThat(mount.verify(FakeSandbox.printing("volume|data|/var/lib/docker/volumes/data/_data|/data\n\n")).passed())
                .isTrue();
        assertThat(mount.verify(FakeSandbox.printing("volume|data|/v|/other\nbind||/home/x|/www\n")).message())
                .isEqualTo("container db: expected volume data mounted at /data, found volume data at /other,"
                        + " bind mount of /home/x at /www");
        assertThat(mount.verify(FakeSandbox.printing("\n")).message())
                .isEqualTo("container db: expected volume data mounted at /data, found no mounts");
    }

    @Test
    void fileContainsText() {
        FileInContainer file = new FileInContainer(1, "/www/index.html", "web", Optional.of("Hello"));
        FakeSandbox sandbox = FakeSandbox.printing("<h1>Hello</h1>\n");

        assertThat(file.verify(sandbox).passed()).isTrue();
        assertThat(sandbox.commands).containsExactly("docker exec 'web' cat '/www/index.html'");
        assertThat(file.verify(FakeSandbox.printing("<h1>Bye</h1>\n")).message())
                .isEqualTo("container web: expected /www/index.html to contain \"Hello\", found \"<h1>Bye</h1>\"");
        assertThat(file.verify(FakeSandbox.failing("cat: can't open '/www/index.html': No such file or directory\n")).message())
                .isEqualTo("container web: expected /www/index.html to contain \"Hello\", found no such file");
    }

    @Test
    void fileExistsAndContainerProblems() {
        FileInContainer file = new FileInContainer(1, "/etc/app.conf", "web", Optional.empty());

        assertThat(file.verify(FakeSandbox.printing("")).passed()).isTrue();
        assertThat(file.verify(FakeSandbox.failing("")).message())
                .isEqualTo("container web: expected /etc/app.conf to exist, found no such file");
        assertThat(file.verify(FakeSandbox.failing("Error response from daemon: Container abc is not running\n")).message())
                .isEqualTo("container web: cannot read /etc/app.conf because the container is not running");
        assertThat(file.verify(FakeSandbox.failing("Error response from daemon: No such container: web\n")).message())
                .isEqualTo("container web does not exist");
    }

    @Test
    void httpStatus() {
        HttpStatus status = new HttpStatus(1, "http://localhost:8080/", 200);

        assertThat(status.verify(FakeSandbox.printing("200")).passed()).isTrue();
        assertThat(status.verify(FakeSandbox.printing("404")).message())
                .isEqualTo("http://localhost:8080/: expected status 200, found 404");
        assertThat(status.verify(FakeSandbox.answering(7, "000", "curl: (7) Failed to connect to localhost port 8080\n")).message())
                .isEqualTo("http://localhost:8080/: expected status 200, found no answer (curl: (7) Failed to connect"
                        + " to localhost port 8080)");
    }

    @Test
    void httpContains() {
        HttpContains contains = new HttpContains(1, "http://localhost:8080/", "Hello");

        assertThat(contains.verify(FakeSandbox.printing("<p>Hello</p>")).passed()).isTrue();
        assertThat(contains.verify(FakeSandbox.printing("line one\nline two that is long enough to be cut off at sixty chars ok")).message())
                .isEqualTo("http://localhost:8080/: expected the page to contain \"Hello\", found \"line one \u23CE line two"
                        + " that is long enough to be cut off at six...\"");
    }

    @Test
    void namesAreQuotedForTheShell() {
        FakeSandbox sandbox = FakeSandbox.printing("running 0");

        new ContainerState(1, "it's", ContainerState.State.RUNNING, OptionalInt.empty()).verify(sandbox);

        assertThat(sandbox.commands.get(0)).endsWith(" 'it'\\''s'");
    }
}
