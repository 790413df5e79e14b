package dev.zhibiao.parsers;

import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file's bytes read through {@link FileInputStream} rather than {@link Files#newInputStream}: the first NIO file
 * read of a JVM loads the file channel classes and initialises {@code sun.nio.ch.IOUtil}, which loads the {@code net}
 * and {@code nio} native libraries (about 6 ms of CPU at start-up, against half a millisecond for the stream, on a
 * one-sheet file). A file the stream cannot open (missing, unreadable, a directory) and a path of another file system
 * are read by {@link Files} as before, so the same exception, with the same message, is thrown.
 */
final class FileBytes {
    private FileBytes() {
    }

    /** @return {@link Files#readAllBytes}{@code (file)} */
    static byte[] readAll(Path file) throws IOException {
        InputStream in = open(file);
        if (in == null) {
            return Files.readAllBytes(file);
        }
        try (in) {
            return in.readAllBytes();
        }
    }

    /** @return the first {@code max} bytes of the file (fewer when it is shorter), as {@code readNBytes} gives them */
    static byte[] head(Path file, int max) throws IOException {
        InputStream in = open(file);
        try (InputStream s = in != null ? in : Files.newInputStream(file)) {
            return s.readNBytes(max);
        }
    }

    private static InputStream open(Path file) {
        if (file.getFileSystem() != FileSystems.getDefault()) {
            return null;
        }
        try {
            return new FileInputStream(file.toFile());
        } catch (FileNotFoundException e) {
            return null;
        }
    }
}
