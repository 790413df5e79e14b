package dev.zhibiao.spark;

import dev.zhibiao.Sheet;
import java.util.List;

/**
 * What reading one file gave: its sheets, or the one-line reason it could not be read.
 *
 * @param path   the file's path as Hadoop names it ({@code s3a://bucket/a.pdf}, {@code file:/data/a.pdf})
 * @param source its file name, as sheets name it
 * @param sheets its sheets (empty when it failed)
 * @param error  why it could not be read, or null
 */
record Document(String path, String source, List<Sheet> sheets, String error) {
    Document {
        sheets = List.copyOf(sheets);
    }

    static Document failed(String path, String source, String error) {
        return new Document(path, source, List.of(), error);
    }

    @Override
    public String toString() {
        return path + (error == null ? ": " + sheets.size() + " sheets" : ": " + error);
    }
}
