package dev.zhibiao.parsers;

import dev.zhibiao.read.ReadException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import dev.zhibiao.read.Limits;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * The zip container of Office Open XML files (.docx, .xlsx) and the OLE2 container of legacy and
 * encrypted Office files, read with the JDK only.
 *
 * <p>The zip is read from its central directory; an entry is inflated only when a reader asks for
 * it, and never past {@link Limits#officePartBytes()} per part nor {@link Limits#officeTotalBytes()}
 * over all parts read (a zip bomb is refused with a {@link ReadException}). XML parts are parsed with DTDs refused
 * (no external entities, no entity expansion: XXE and "billion laughs" are refused too).
 */
final class OfficeZip {
    /** Most entries a container may list. */
    private static final int MAX_ENTRIES = 100_000;

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};

    /** Where an entry's data sits. */
    private record Entry(int method, long compressed, long size, long localHeader) {
    }

    private final byte[] bytes;
    private final String source;
    private final Map<String, Entry> entries;
    private final Limits limits;
    private long inflated;

    private OfficeZip(byte[] bytes, String source, Map<String, Entry> entries, Limits limits) {
        this.bytes = bytes;
        this.source = source;
        this.entries = entries;
        this.limits = limits;
    }

    /** @return true when the bytes start like a zip file (a local file header) */
    static boolean isZip(byte[] b) {
        return b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
    }

    /** @return true when the bytes start with the OLE2 compound file signature */
    static boolean isOle2(byte[] b) {
        if (b.length < OLE2.length) {
            return false;
        }
        for (int i = 0; i < OLE2.length; i++) {
            if (b[i] != OLE2[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * What an OLE2 compound file holds, as one line for an error message: a legacy Word or Excel
     * file, or an encrypted (password-protected) .docx/.xlsx, which Office stores in an OLE2
     * container too.
     */
    static String describeOle2(byte[] b) {
        if (contains(b, utf16("EncryptedPackage")) || contains(b, utf16("EncryptionInfo"))) {
            return "an encrypted (password-protected) Office file: open it in Word or Excel, remove the password"
                    + " and save it as .docx or .xlsx";
        }
        if (contains(b, utf16("WordDocument"))) {
            return "a legacy Word .doc file: save it as .docx (or HTML) and read that";
        }
        if (contains(b, utf16("Workbook")) || contains(b, utf16("Book"))) {
            return "a legacy Excel .xls file: save it as .xlsx (or HTML) and read that";
        }
        return "a legacy Office (OLE2 compound) file, not readable: save it as .docx, .xlsx or HTML and read that";
    }

    private static byte[] utf16(String s) {
        return s.getBytes(StandardCharsets.UTF_16LE);
    }

    private static boolean contains(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * Opens a zip from its central directory.
     *
     * @throws ReadException when it is not a readable zip
     */
    static OfficeZip open(byte[] b, String source) throws ReadException {
        return open(b, source, Limits.defaults());
    }

    /**
     * Opens a zip from its central directory, to read its parts within {@code limits}.
     *
     * @throws ReadException when it is not a readable zip
     */
    static OfficeZip open(byte[] b, String source, Limits limits) throws ReadException {
        int eocd = -1;
        for (int i = b.length - 22; i >= Math.max(0, b.length - 22 - 65_535); i--) {
            if (u32(b, i) == 0x06054b50L) {
                eocd = i;
                break;
            }
        }
        if (eocd < 0) {
            throw new ReadException(source, "a damaged zip file (no central directory; truncated?)");
        }
        int count = u16(b, eocd + 10);
        long cd = u32(b, eocd + 16);
        if (count == 0xFFFF || cd == 0xFFFFFFFFL) {
            throw new ReadException(source, "a zip64 file, not supported for Office documents");
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        long p = cd;
        for (int n = 0; n < count && n < MAX_ENTRIES; n++) {
            if (p < 0 || p + 46 > b.length || u32(b, (int) p) != 0x02014b50L) {
                throw new ReadException(source, "a damaged zip file (bad central directory)");
            }
            int at = (int) p;
            int flags = u16(b, at + 8);
            int method = u16(b, at + 10);
            long compressed = u32(b, at + 20);
            long size = u32(b, at + 24);
            int nameLen = u16(b, at + 28);
            int extraLen = u16(b, at + 30);
            int commentLen = u16(b, at + 32);
            long local = u32(b, at + 42);
            if (at + 46 + nameLen > b.length) {
                throw new ReadException(source, "a damaged zip file (bad central directory)");
            }
            String name = new String(b, at + 46, nameLen,
                    (flags & 0x800) != 0 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
            if ((flags & 1) != 0) {
                throw new ReadException(source, "an encrypted zip file (entry " + name + ")");
            }
            entries.putIfAbsent(name, new Entry(method, compressed, size, local));
            p += 46L + nameLen + extraLen + commentLen;
        }
        return new OfficeZip(b, source, entries, limits);
    }

    /** @return the entry names, in central directory order */
    java.util.Set<String> names() {
        return entries.keySet();
    }

    boolean has(String name) {
        return entries.containsKey(name);
    }

    /**
     * The uncompressed bytes of a part.
     *
     * @throws ReadException when the part is missing, damaged or too large
     */
    byte[] read(String name) throws ReadException {
        Entry e = entries.get(name);
        if (e == null) {
            throw new ReadException(source, "part " + name + " missing");
        }
        if (e.size > limits.officePartBytes()) {
            throw tooLarge(name);
        }
        long lh = e.localHeader;
        if (lh < 0 || lh + 30 > bytes.length || u32(bytes, (int) lh) != 0x04034b50L) {
            throw new ReadException(source, "a damaged zip file (part " + name + ")");
        }
        long data = lh + 30 + u16(bytes, (int) lh + 26) + u16(bytes, (int) lh + 28);
        long end = Math.min(bytes.length, data + e.compressed);
        if (data > bytes.length) {
            throw new ReadException(source, "a damaged zip file (part " + name + ")");
        }
        if (e.method == 0) {
            int len = (int) (end - data);
            count(len, name);
            byte[] out = new byte[len];
            System.arraycopy(bytes, (int) data, out, 0, len);
            return out;
        }
        if (e.method != 8) {
            throw new ReadException(source, "zip compression method " + e.method + " not supported (part " + name + ")");
        }
        Inflater inf = new Inflater(true);
        try {
            inf.setInput(bytes, (int) data, (int) (end - data));
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream((int) Math.min(e.size + 16, 1 << 20));
            byte[] buf = new byte[64 * 1024];
            while (!inf.finished()) {
                int n = inf.inflate(buf);
                if (n == 0) {
                    if (inf.needsInput() || inf.needsDictionary()) {
                        break; // truncated: keep what was inflated
                    }
                    continue;
                }
                count(n, name);
                if (out.size() + (long) n > limits.officePartBytes()) {
                    throw tooLarge(name);
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException ex) {
            throw new ReadException(source, "a damaged zip file (part " + name + ": " + ex.getMessage() + ")", ex);
        } finally {
            inf.end();
        }
    }

    private void count(long n, String name) throws ReadException {
        inflated += n;
        if (inflated > limits.officeTotalBytes()) {
            throw limits.exceeded(source, "officeTotalBytes", "the parts read up to " + name
                    + " uncompress to more bytes (a possible zip bomb)");
        }
    }

    private ReadException tooLarge(String name) {
        return limits.exceeded(source, "officePartBytes", "part " + name + " uncompresses to more bytes (a possible zip bomb)");
    }

    /**
     * Parses an XML part, namespace-aware, DTDs refused.
     *
     * @throws ReadException when it is missing or not well-formed, or declares a DTD
     */
    Element xml(String name) throws ReadException {
        return parse(read(name), source, name, limits);
    }

    static Element parse(byte[] xml, String source, String name) throws ReadException {
        return parse(xml, source, name, Limits.defaults());
    }

    static Element parse(byte[] xml, String source, String name, Limits limits) throws ReadException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            // the JDK parser's own bound on nesting: the readers walk elements recursively
            f.setAttribute("http://www.oracle.com/xml/jaxp/properties/maxElementDepth",
                    String.valueOf(Math.min(limits.depth(), Integer.MAX_VALUE)));
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder db = f.newDocumentBuilder();
            db.setErrorHandler(new org.xml.sax.helpers.DefaultHandler()); // fatal errors throw, nothing printed
            db.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity refused: " + systemId);
            });
            return db.parse(new ByteArrayInputStream(xml)).getDocumentElement();
        } catch (SAXException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("maxElementDepth") || m.contains("JAXP00010006")) {
                throw limits.exceeded(source, "depth", "part " + name + " nests elements deeper");
            }
            if (m.contains("DOCTYPE") || m.contains("external entity")) {
                throw new ReadException(source, "part " + name + " declares a DTD or an external entity (refused)", e);
            }
            throw new ReadException(source, "part " + name + " is not well-formed XML (" + m + ")", e);
        } catch (ParserConfigurationException | IOException e) {
            throw new ReadException(source, "part " + name + " cannot be parsed (" + e.getMessage() + ")", e);
        }
    }

    private static int u16(byte[] b, int i) {
        if (i < 0 || i + 2 > b.length) {
            return 0;
        }
        return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] b, int i) {
        if (i < 0 || i + 4 > b.length) {
            return -1;
        }
        return ((long) (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8 | (b[i + 2] & 0xFF) << 16 | (long) (b[i + 3] & 0xFF) << 24);
    }
}
