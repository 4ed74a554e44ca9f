package dev.slipway.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ElfFilesTest {

    @TempDir
    Path dir;

    @Test
    void aProgramWithoutAnInterpreterIsStatic() throws IOException {
        assertThat(ElfFiles.hasInterpreter(elf(dir.resolve("static"), 1, 1))).isFalse();
    }

    @Test
    void aProgramWithAnInterpreterHeaderIsDynamic() throws IOException {
        assertThat(ElfFiles.hasInterpreter(elf(dir.resolve("dynamic"), 6, 3))).isTrue();
    }

    @Test
    void aFileThatIsNotElfCannotBeTrusted() throws IOException {
        Path script = Files.writeString(dir.resolve("script"), "#!/bin/sh\necho hi\n".repeat(10));

        assertThat(ElfFiles.hasInterpreter(script)).isTrue();
    }

    /** A minimal ELF-64 header with two program headers of the given types. */
    private static Path elf(Path file, int firstType, int secondType) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(64 + 2 * 56).order(ByteOrder.LITTLE_ENDIAN);
        bytes.putInt(0, 0x464c457f).put(4, (byte) 2).putLong(0x20, 64).putShort(0x36, (short) 56).putShort(0x38, (short) 2);
        bytes.putInt(64, firstType).putInt(64 + 56, secondType);
        return Files.write(file, bytes.array());
    }
}
