package dev.zhibiao.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The FILE arguments of a command made into the list of documents to read: a directory stands for
 * every document under it (recursively, in path order, by extension), a glob ({@code 'dir/*.pdf'},
 * {@code 'notices/**.docx'}) for the files it matches, {@code -} for standard input.
 */
final class Inputs {
    /**
     * Extensions read in a directory: every rendering zhibiao reads, and the legacy Office files it
     * refuses with a message saying what to do (so a batch reports them rather than skips them).
     * A {@code .json} file is read when it is an OCR engine's JSON (not a Sheet JSON export).
     */
    static final Set<String> EXTENSIONS = dev.zhibiao.read.Format.folderExtensions();

    /**
     * One document to read.
     *
     * @param path    the file, or null for standard input
     * @param display how it is named in error records and the audit page (as given, or found under a directory)
     */
    record Input(Path path, String display) {
        static final Input STDIN = new Input(null, "-");

        /** @return the file name sheets are reported under */
        String source() {
            return path == null ? "stdin" : path.getFileName() == null ? path.toString() : path.getFileName().toString();
        }

        @Override
        public String toString() {
            return display;
        }
    }

    /**
     * The inputs of a command line and whether they make a batch (a directory, a glob or several files).
     *
     * @param files the documents in order
     * @param batch true unless one file was named
     */
    record Expanded(List<Input> files, boolean batch) {
    }

    private Inputs() {
    }

    /**
     * @param args FILE arguments
     * @return the documents to read, in order
     * @throws Options.UsageError when {@code -} appears twice or a glob or directory holds no document
     */
    static Expanded expand(List<String> args) throws Options.UsageError {
        List<Input> out = new ArrayList<>();
        boolean batch = args.size() > 1;
        for (String a : args) {
            if (a.equals("-")) {
                if (out.contains(Input.STDIN)) {
                    throw new Options.UsageError("standard input (-) can be read only once");
                }
                out.add(Input.STDIN);
                continue;
            }
            Path p = Path.of(a);
            if (Files.isDirectory(p)) {
                batch = true;
                List<Path> found = walk(p, null);
                if (found.isEmpty()) {
                    throw new Options.UsageError(a + ": a directory holding no document ("
                            + String.join(", ", EXTENSIONS.stream().sorted().toList()) + ")");
                }
                found.forEach(f -> out.add(new Input(f, f.toString())));
            } else if (!Files.exists(p) && isGlob(a)) {
                batch = true;
                List<Path> found = glob(a);
                if (found.isEmpty()) {
                    throw new Options.UsageError(a + ": no file matches");
                }
                found.forEach(f -> out.add(new Input(f, f.toString())));
            } else {
                out.add(new Input(p, a));
            }
        }
        return new Expanded(List.copyOf(out), batch);
    }

    static boolean isGlob(String a) {
        return a.indexOf('*') >= 0 || a.indexOf('?') >= 0 || a.indexOf('[') >= 0 || a.indexOf('{') >= 0;
    }

    /** A glob: its directory part before the first wildcard is walked, the rest matched. */
    private static List<Path> glob(String pattern) {
        String norm = pattern.replace('\\', '/');
        int wild = norm.length();
        for (char c : new char[] {'*', '?', '[', '{'}) {
            int i = norm.indexOf(c);
            if (i >= 0) {
                wild = Math.min(wild, i);
            }
        }
        int slash = norm.lastIndexOf('/', wild);
        Path base = slash < 0 ? Path.of(".") : Path.of(slash == 0 ? "/" : norm.substring(0, slash));
        String rest = slash < 0 ? norm : norm.substring(slash + 1);
        if (!Files.isDirectory(base)) {
            return List.of();
        }
        PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + rest);
        // a glob names files itself, so it matches files of any extension
        List<Path> found = new ArrayList<>();
        for (Path f : walk(base, "any")) {
            Path rel = base.relativize(f);
            if (m.matches(rel)) {
                found.add(slash < 0 ? rel : f);
            }
        }
        return found;
    }

    /**
     * @param dir  a directory
     * @param any  non-null to take files of every extension
     * @return its documents, recursively, in path order; hidden files and directories left out
     */
    private static List<Path> walk(Path dir, String any) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile)
                    .filter(f -> !hidden(dir.relativize(f)))
                    .filter(f -> any != null || EXTENSIONS.contains(extension(f))
                            || extension(f).equals("json") && dev.zhibiao.parsers.Readers.isOcrJson(f)) // not exports
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": cannot be listed (" + e.getMessage() + ")", e);
        }
    }

    private static boolean hidden(Path rel) {
        for (Path part : rel) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    static String extension(Path f) {
        String n = f.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
