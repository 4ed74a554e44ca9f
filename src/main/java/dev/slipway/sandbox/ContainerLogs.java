package dev.slipway.sandbox;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Frame;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Reads the last lines of a container's log, stdout and stderr together. */
final class ContainerLogs {

    private ContainerLogs() {
    }

    /**
     * The last {@code lines} lines of {@code container}'s log on {@code client}, at most
     * {@code cap} bytes of them, waiting at most {@code wait}.
     *
     * @throws com.github.dockerjava.api.exception.DockerException when the engine refuses,
     *     for example {@code NotFoundException} for a container that is gone
     */
    static String tail(DockerClient client, String container, int lines, int cap, Duration wait) {
        var collected = new ByteArrayOutputStream();
        var callback = client.logContainerCmd(container).withStdOut(true).withStdErr(true).withTail(lines)
                .exec(new ResultCallback.Adapter<Frame>() {
                    @Override
                    public void onNext(Frame frame) {
                        synchronized (collected) {
                            if (collected.size() < cap) {
                                collected.writeBytes(frame.getPayload());
                            }
                        }
                    }
                });
        try {
            callback.awaitCompletion(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            try {
                callback.close();
            } catch (IOException e) {
                // the log stream is finished already
            }
        }
        synchronized (collected) {
            return collected.toString(StandardCharsets.UTF_8);
        }
    }
}
