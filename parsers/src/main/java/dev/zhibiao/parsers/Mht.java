package dev.zhibiao.parsers;

import dev.zhibiao.read.ReadException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A web archive ({@code .mht}, {@code .mhtml}: Word's and Excel's "single file web page", a browser's
 * saved page): a MIME message whose parts are the page and what it shows. Its HTML part is taken out
 * (quoted-printable or base64 decoded, in the charset it names) and read as HTML; its line numbers are
 * the page's, not the archive's.
 */
final class Mht {
    private Mht() {
    }

    /** Compiled when a web archive is read, not when {@link #is} is asked of every document (start-up). */
    private static final class Expressions {
        static final Pattern BOUNDARY = Pattern.compile("boundary\\s*=\\s*\"?([^\";\\r\\n]+)\"?", Pattern.CASE_INSENSITIVE);
        static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*\"?([A-Za-z0-9._-]+)\"?", Pattern.CASE_INSENSITIVE);
    }

    /**
     * Whether the bytes begin as a MIME message of several parts (its headers in the first 4 KB), by a scan of the
     * bytes: asked of every document read, it made two 4 KB strings each time (the head as Latin-1 text and that
     * lower-cased; {@code MhtScanTest} compares the two).
     */
    static boolean is(byte[] bytes) {
        int n = Math.min(bytes.length, 4096);
        int end = n; // the headers end at the first blank line (LF LF or CR LF CR LF)
        for (int i = 0; i + 1 < n; i++) {
            if (bytes[i] == '\n' && bytes[i + 1] == '\n'
                    || bytes[i] == '\r' && i + 3 < n && bytes[i + 1] == '\n' && bytes[i + 2] == '\r' && bytes[i + 3] == '\n') {
                end = i;
                break;
            }
        }
        return holds(bytes, end, "mime-version:") && holds(bytes, end, "multipart/") && holds(bytes, end, "boundary");
    }

    /** Whether {@code bytes[0, end)} holds {@code word} (ASCII lower case) with A–Z read as a–z. */
    private static boolean holds(byte[] bytes, int end, String word) {
        int w = word.length();
        for (int s = 0; s + w <= end; s++) {
            int k = 0;
            while (k < w) {
                int b = bytes[s + k] & 0xff;
                if ((b >= 'A' && b <= 'Z' ? b + 32 : b) != word.charAt(k)) {
                    break;
                }
                k++;
            }
            if (k == w) {
                return true;
            }
        }
        return false;
    }

    /**
     * The archive's first HTML part, decoded.
     *
     * @throws ReadException when the archive holds no HTML part
     */
    static String html(byte[] bytes, String source) throws ReadException {
        String all = new String(bytes, StandardCharsets.ISO_8859_1); // bytes kept one char each until decoded
        Matcher b = Expressions.BOUNDARY.matcher(all);
        if (!b.find()) {
            throw new ReadException(source, "a web archive (.mht) without a part boundary");
        }
        String boundary = "--" + b.group(1).strip();
        int at = all.indexOf(boundary, b.end());
        while (at >= 0) {
            int start = all.indexOf('\n', at);
            if (start < 0) {
                break;
            }
            int next = all.indexOf(boundary, start);
            String part = all.substring(start + 1, next < 0 ? all.length() : next);
            int split = part.indexOf("\r\n\r\n");
            int gap = 4;
            if (split < 0 || part.indexOf("\n\n") >= 0 && part.indexOf("\n\n") < split) {
                split = part.indexOf("\n\n");
                gap = 2;
            }
            if (split >= 0) {
                String headers = part.substring(0, split).toLowerCase(Locale.ROOT);
                if (headers.contains("content-type: text/html") || headers.contains("content-type:text/html")) {
                    byte[] body = decode(part.substring(split + gap), headers);
                    Matcher cs = Expressions.CHARSET.matcher(headers);
                    if (cs.find()) {
                        String name = cs.group(1).toLowerCase(Locale.ROOT);
                        // pages labelled gb2312 or gbk hold GBK characters as often as not: GB18030 holds both
                        name = name.equals("gb2312") || name.equals("gbk") || name.equals("x-gbk") ? "GB18030" : name;
                        try {
                            return new String(body, Charset.forName(name));
                        } catch (IllegalArgumentException e) {
                            // an unknown charset name: detected as a text file's is
                        }
                    }
                    return Readers.decode(body, source);
                }
            }
            at = next;
        }
        throw new ReadException(source, "a web archive (.mht) without an HTML part");
    }

    /** A part's body as bytes, by its transfer encoding. */
    private static byte[] decode(String body, String headers) {
        if (headers.contains("content-transfer-encoding: base64") || headers.contains("content-transfer-encoding:base64")) {
            StringBuilder b64 = new StringBuilder(body.length());
            for (int i = 0; i < body.length(); i++) {
                char c = body.charAt(i);
                if (c > ' ') {
                    b64.append(c);
                }
            }
            try {
                return Base64.getMimeDecoder().decode(b64.toString());
            } catch (IllegalArgumentException e) {
                return body.getBytes(StandardCharsets.ISO_8859_1);
            }
        }
        if (headers.contains("quoted-printable")) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(body.length());
            for (int i = 0; i < body.length(); i++) {
                char c = body.charAt(i);
                if (c == '=' && i + 1 < body.length() && (body.charAt(i + 1) == '\n' || body.charAt(i + 1) == '\r')) {
                    i += body.charAt(i + 1) == '\r' && i + 2 < body.length() && body.charAt(i + 2) == '\n' ? 2 : 1;
                    continue; // a soft line break
                }
                if (c == '=' && i + 2 < body.length()) {
                    int hi = Character.digit(body.charAt(i + 1), 16);
                    int lo = Character.digit(body.charAt(i + 2), 16);
                    if (hi >= 0 && lo >= 0) {
                        out.write(hi * 16 + lo);
                        i += 2;
                        continue;
                    }
                }
                out.write(c);
            }
            return out.toByteArray();
        }
        return body.getBytes(StandardCharsets.ISO_8859_1);
    }
}
