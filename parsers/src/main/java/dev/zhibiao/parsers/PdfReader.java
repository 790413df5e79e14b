package dev.zhibiao.parsers;

import dev.zhibiao.internal.layout.Document;
import dev.zhibiao.read.ReadException;

/** Not yet written (issue 5). */
final class PdfReader {
    private PdfReader() {
    }

    static Document read(byte[] bytes, String source) throws ReadException {
        throw new ReadException(source, "PDF is not supported yet");
    }
}
