package dev.zhibiao.parsers;

import dev.zhibiao.internal.layout.Document;
import dev.zhibiao.read.ReadException;

/** Not yet written (issue 5). */
final class HtmlReader {
    private HtmlReader() {
    }

    static Document read(String text, String source) throws ReadException {
        throw new ReadException(source, "this rendering is not supported yet");
    }

}
