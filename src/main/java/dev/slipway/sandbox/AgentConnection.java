package dev.slipway.sandbox;

import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;
import java.io.EOFException;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One command run by the agent inside a sandbox (slipway-agent), over the unix socket in the
 * sandbox's state folder: far cheaper than a {@code docker exec}. The request is a line, the
 * script and the input; the answer is a stream of frames (type byte, 4-byte length, payload)
 * ending in the exit status.
 */
final class AgentConnection implements AutoCloseable {

    private final SocketChannel channel;

    private AgentConnection(SocketChannel channel) {
        this.channel = channel;
    }

    /** Connects to the agent; empty when it does not answer (not started yet, or killed). */
    static Optional<AgentConnection> open(Path socket) {
        try {
            SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
            try {
                channel.connect(UnixDomainSocketAddress.of(socket));
                return Optional.of(new AgentConnection(channel));
            } catch (IOException e) {
                channel.close();
                return Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Asks the agent to stop the command {@code token} with all it started. */
    static void kill(Path socket, String token) {
        open(socket).ifPresent(connection -> {
            try (connection) {
                connection.write("kill " + token + "\n");
                connection.channel.shutdownOutput();
                connection.channel.read(ByteBuffer.allocate(1));
            } catch (IOException e) {
                // the command or the sandbox is gone already
            }
        });
    }

    /** Sends the command and its input; the agent starts it at once. */
    void start(String token, String script, byte[] input) throws IOException {
        byte[] scriptBytes = script.getBytes(StandardCharsets.UTF_8);
        write("run " + token + " " + scriptBytes.length + "\n");
        writeFully(ByteBuffer.wrap(scriptBytes));
        writeFully(ByteBuffer.wrap(input));
        channel.shutdownOutput();
    }

    /**
     * Passes output frames to {@code collector} until the exit status arrives, and returns it.
     *
     * @throws EOFException when the agent went away before the end (the sandbox died)
     */
    int relay(ExecCollector collector) throws IOException {
        ByteBuffer header = ByteBuffer.allocate(5);
        ByteBuffer payload = ByteBuffer.allocate(65536);
        while (true) {
            header.clear();
            readFully(header);
            byte type = header.get(0);
            int length = header.getInt(1);
            if (payload.capacity() < length) {
                payload = ByteBuffer.allocate(length);
            }
            payload.clear().limit(length);
            readFully(payload);
            if (type == 'x') {
                return payload.getInt(0);
            }
            byte[] bytes = new byte[length];
            payload.flip().get(bytes);
            collector.onNext(new Frame(type == '2' ? StreamType.STDERR : StreamType.STDOUT, bytes));
        }
    }

    private void write(String text) throws IOException {
        writeFully(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
    }

    private void writeFully(ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    private void readFully(ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            if (channel.read(buffer) < 0) {
                throw new EOFException("the sandbox's agent closed the connection");
            }
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing left to release
        }
    }
}
