package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link FileBytes} reads what {@link Files} reads and fails as it fails. */
class FileBytesTest {
    @TempDir
    Path dir;

    @Test
    void readsWhatFilesReads() throws IOException {
        Random r = new Random(25);
        for (int size : new int[] {0, 1, 2, 4095, 8192, 65535, 65536, 65537, 200_001}) {
            byte[] b = new byte[size];
            r.nextBytes(b);
            Path f = dir.resolve("f" + size);
            Files.write(f, b);
            assertArrayEquals(Files.readAllBytes(f), FileBytes.readAll(f), "readAll " + size);
            byte[] head;
            try (InputStream in = Files.newInputStream(f)) {
                head = in.readNBytes(64 * 1024);
            }
            assertArrayEquals(head, FileBytes.head(f, 64 * 1024), "head " + size);
        }
    }

    @Test
    void failsAsFilesFails() throws IOException {
        Path missing = dir.resolve("missing.md");
        same(assertThrows(IOException.class, () -> Files.readAllBytes(missing)),
                assertThrows(IOException.class, () -> FileBytes.readAll(missing)));
        same(assertThrows(IOException.class, () -> Files.newInputStream(missing)),
                assertThrows(IOException.class, () -> FileBytes.head(missing, 10)));
        // a directory: Files opens it and fails reading; FileInputStream refuses to open it, so Files reads it
        same(assertThrows(IOException.class, () -> Files.readAllBytes(dir)),
                assertThrows(IOException.class, () -> FileBytes.readAll(dir)));
    }

    @Test
    void aPathOfAnotherFileSystemIsReadByFiles() throws IOException {
        Path zip = dir.resolve("a.zip");
        try (FileSystem fs = FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()), Map.of("create", "true"))) {
            Path f = fs.getPath("in.md");
            try (OutputStream out = Files.newOutputStream(f)) {
                out.write("| 项目名称 | 甲 |\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            assertArrayEquals(Files.readAllBytes(f), FileBytes.readAll(f));
            assertArrayEquals(Files.readAllBytes(f), FileBytes.head(f, 1 << 16));
        }
    }

    private static void same(IOException files, IOException ours) {
        assertEquals(files.getClass(), ours.getClass());
        assertEquals(files.getMessage(), ours.getMessage());
    }
}
