package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The web-archive test by a scan of the bytes ({@link Mht#is}, speed18) answers as the test on the
 * head as lower-cased Latin-1 text that it replaces, on random byte strings built from the headers'
 * words in any case, line breaks of both kinds, Latin-1 letters that lower-case (À, Þ) and others.
 */
class MhtScanTest {
    private static final String[] PIECES = {"MIME-Version:", "mime-version:", "Mime-Version: 1.0", "multipart/", "Multipart/Related",
        "boundary", "BOUNDARY=\"x\"", "\n", "\r\n", "\r", "\n\n", "\r\n\r\n", " ", "Content-Type: ", "text/html", "\u00c0", "\u00de",
        "\u00ff", "a", "Z", "-", ":", "/", "mime-versioN", "multipart", "bound"};

    /** {@link Mht#is} as it was written, on the head as Latin-1 text lower-cased. */
    private static boolean isAsText(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        String lower = head.toLowerCase(Locale.ROOT);
        int body = lower.indexOf("\n\n");
        int crlf = lower.indexOf("\r\n\r\n");
        int end = body < 0 ? crlf : crlf < 0 ? body : Math.min(body, crlf);
        String headers = end < 0 ? lower : lower.substring(0, end);
        return headers.contains("mime-version:") && headers.contains("multipart/") && headers.contains("boundary");
    }

    @Test
    void scanAnswersAsTheLatin1Text() {
        Random r = new Random(1820);
        for (int i = 0; i < 300_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int n = r.nextInt(14), k = 0; k < n; k++) {
                b.append(PIECES[r.nextInt(PIECES.length)]);
            }
            byte[] bytes = b.toString().getBytes(StandardCharsets.ISO_8859_1);
            if (r.nextInt(8) == 0) {
                bytes = b.toString().getBytes(StandardCharsets.UTF_8);
            }
            assertEquals(isAsText(bytes), Mht.is(bytes), b.toString());
        }
    }

    @Test
    void onlyTheFirstFourKilobytesCount() {
        StringBuilder b = new StringBuilder();
        while (b.length() < 4090) {
            b.append('x');
        }
        for (String tail : new String[] {"MIME-Version: multipart/ boundary", "mime-version:multipart/boundary"}) {
            for (int cut = 0; cut < 8; cut++) {
                byte[] bytes = (b.substring(cut) + tail).getBytes(StandardCharsets.ISO_8859_1);
                assertEquals(isAsText(bytes), Mht.is(bytes));
                byte[] front = (tail + "\r\n\r\n" + b).getBytes(StandardCharsets.ISO_8859_1);
                assertEquals(isAsText(front), Mht.is(front));
            }
        }
    }
}
