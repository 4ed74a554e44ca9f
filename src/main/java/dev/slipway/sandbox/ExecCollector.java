package dev.slipway.sandbox;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;

/**
 * Receives an exec's frames: decodes stdout and stderr separately, passes text to the sink as
 * it comes, and keeps at most {@code cap} bytes of both together; the rest is counted and
 * dropped, so memory does not grow with the output. Frame buffers are reused by docker-java,
 * so each payload is consumed inside {@link #onNext}.
 */
final class ExecCollector extends ResultCallback.Adapter<Frame> {

    private final OutputSink sink;
    private final long cap;
    private final Utf8StreamDecoder outDecoder = new Utf8StreamDecoder();
    private final Utf8StreamDecoder errDecoder = new Utf8StreamDecoder();
    private final StringBuilder out = new StringBuilder();
    private final StringBuilder err = new StringBuilder();
    private long kept;
    private long dropped;

    ExecCollector(OutputSink sink, long cap) {
        this.sink = sink;
        this.cap = cap;
    }

    @Override
    public void onNext(Frame frame) {
        byte[] payload = frame.getPayload();
        if (payload == null || payload.length == 0) {
            return;
        }
        boolean isErr = frame.getStreamType() == StreamType.STDERR;
        synchronized (this) {
            int keep = (int) Math.min(payload.length, Math.max(0, cap - kept));
            dropped += payload.length - keep;
            if (keep > 0) {
                kept += keep;
                Utf8StreamDecoder decoder = isErr ? errDecoder : outDecoder;
                emit(isErr, decoder.decode(payload, 0, keep));
            }
        }
    }

    private void emit(boolean isErr, String text) {
        if (text.isEmpty()) {
            return;
        }
        (isErr ? err : out).append(text);
        sink.accept(isErr ? OutputSink.OutputStream.STDERR : OutputSink.OutputStream.STDOUT, text);
    }

    /**
     * Flushes the decoders; call once the exec has ended. After a cut, a character split by the
     * cap is dropped rather than shown as undecodable.
     */
    synchronized void finish() {
        if (dropped == 0) {
            emit(false, outDecoder.finish());
            emit(true, errDecoder.finish());
        }
    }

    synchronized String stdout() {
        return out.toString();
    }

    synchronized String stderr() {
        return err.toString();
    }

    synchronized long droppedBytes() {
        return dropped;
    }

    synchronized boolean undecodable() {
        return outDecoder.sawUndecodable() || errDecoder.sawUndecodable();
    }
}
