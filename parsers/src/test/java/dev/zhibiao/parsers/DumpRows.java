package dev.zhibiao.parsers;

import dev.zhibiao.internal.layout.Document;
import dev.zhibiao.internal.layout.Row;
import java.nio.file.Files;
import java.nio.file.Path;

/** Debugging aid: prints the rows a reader makes of a file ({@code java ... DumpRows FILE...}). */
final class DumpRows {
    private DumpRows() {
    }

    public static void main(String[] args) throws Exception {
        for (String a : args) {
            Path p = Path.of(a);
            byte[] bytes = Files.readAllBytes(p);
            String name = p.getFileName().toString();
            Document d = Detector.detectBytes(bytes, name) == dev.zhibiao.read.Format.PDF
                    ? PdfReader.read(bytes, name)
                    : HtmlReader.read(Readers.decode(bytes, name), name);
            for (Row r : d.rows()) {
                System.out.println(r);
            }
        }
    }
}
