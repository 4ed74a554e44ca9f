package dev.slipway.engine;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads just enough of a 64-bit little-endian ELF file to tell a static program from a dynamic one. */
final class ElfFiles {

    private static final int PT_INTERP = 3;

    private ElfFiles() {
    }

    /**
     * True when the program names a dynamic loader (a PT_INTERP header), so it cannot run in an
     * image with no libraries. Not an ELF-64 file: true, since it cannot be trusted to run.
     */
    static boolean hasInterpreter(Path program) throws IOException {
        ByteBuffer elf = ByteBuffer.wrap(Files.readAllBytes(program)).order(ByteOrder.LITTLE_ENDIAN);
        if (elf.limit() < 64 || elf.getInt(0) != 0x464c457f || elf.get(4) != 2) {
            return true;
        }
        long headers = elf.getLong(0x20);
        int size = Short.toUnsignedInt(elf.getShort(0x36));
        int count = Short.toUnsignedInt(elf.getShort(0x38));
        for (int i = 0; i < count; i++) {
            if (elf.getInt((int) headers + i * size) == PT_INTERP) {
                return true;
            }
        }
        return false;
    }
}
