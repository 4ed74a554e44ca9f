package dev.slipway.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/** Builds the small tar archives that the Engine API takes for copying files into a container. */
final class TarArchives {

    private TarArchives() {
    }

    /** A tar with the folders of {@code path} (relative, '/'-separated) and the file itself. */
    static byte[] singleFile(String path, byte[] content) {
        var bytes = new ByteArrayOutputStream();
        try (var tar = new TarArchiveOutputStream(bytes)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            String[] parts = path.split("/");
            StringBuilder folder = new StringBuilder();
            for (int i = 0; i < parts.length - 1; i++) {
                folder.append(parts[i]).append('/');
                var entry = new TarArchiveEntry(folder.toString());
                entry.setMode(040755);
                tar.putArchiveEntry(entry);
                tar.closeArchiveEntry();
            }
            var entry = new TarArchiveEntry(path);
            entry.setSize(content.length);
            entry.setMode(0100644);
            tar.putArchiveEntry(entry);
            tar.write(content);
            tar.closeArchiveEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
