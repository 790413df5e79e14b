package dev.zhibiao.internal.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON reader and writer over plain Java values: {@code Map<String,?>} (order kept),
 * {@code List<?>}, {@code String}, {@code BigDecimal}/{@code Number}, {@code Boolean} and null.
 * Kept in-house so that the core jar needs no JSON library.
 */
public final class Json {
    private Json() {
    }

    /**
     * @param value  a plain value
     * @param indent spaces per level, 0 for one line
     * @return its JSON text
     */
    public static String write(Object value, int indent) {
        StringBuilder b = new StringBuilder();
        write(b, value, indent, 0);
        return b.toString();
    }

    /**
     * Writes a value's JSON to {@code out} as it goes (no string of the whole value is built).
     *
     * @param out    where to write
     * @param value  a plain value
     * @param indent spaces per level, 0 for one line
     * @param depth  the indentation level the value starts at
     * @throws java.io.IOException when {@code out} fails
     */
    public static void write(Appendable out, Object value, int indent, int depth) throws java.io.IOException {
        try {
            write0(out, value, indent, depth);
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void write(StringBuilder b, Object v, int indent, int depth) {
        write0(b, v, indent, depth);
    }

    /** An appendable whose failures are unchecked (so the writer below needs no throws clauses). */
    private static Appendable append(Appendable b, CharSequence s) {
        try {
            return b.append(s);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void append(Appendable b, CharSequence s, int from, int to) {
        if (from == to) {
            return;
        }
        try {
            b.append(s, from, to); // no copy of the piece (a StringBuilder or Writer appends it in place)
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Appendable append(Appendable b, char c) {
        try {
            return b.append(c);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void write0(Appendable b, Object v, int indent, int depth) {
        if (v == null) {
            append(b, "null");
        } else if (v instanceof String s) {
            quote(b, s);
        } else if (v instanceof BigDecimal d) {
            BigDecimal s = d.stripTrailingZeros();
            append(b, s.scale() < 0 ? s.setScale(0).toPlainString() : s.toPlainString());
        } else if (v instanceof Number || v instanceof Boolean) {
            append(b, v.toString());
        } else if (v instanceof Map<?, ?> m) {
            if (m.isEmpty()) {
                append(b, "{}");
                return;
            }
            append(b, '{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                append(b, first ? "" : ",");
                first = false;
                newline(b, indent, depth + 1);
                quote(b, String.valueOf(e.getKey()));
                append(b, indent > 0 ? ": " : ":");
                write0(b, e.getValue(), indent, depth + 1);
            }
            newline(b, indent, depth);
            append(b, '}');
        } else if (v instanceof List<?> l) {
            if (l.isEmpty()) {
                append(b, "[]");
                return;
            }
            append(b, '[');
            for (int i = 0; i < l.size(); i++) {
                append(b, i == 0 ? "" : ",");
                newline(b, indent, depth + 1);
                write0(b, l.get(i), indent, depth + 1);
            }
            newline(b, indent, depth);
            append(b, ']');
        } else {
            quote(b, v.toString());
        }
    }

    private static void newline(Appendable b, int indent, int depth) {
        if (indent > 0) {
            append(b, '\n');
            for (int i = indent * depth; i > 0; i--) {
                append(b, ' ');
            }
        }
    }

    private static void quote(Appendable b, String s) {
        append(b, '"');
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            append(b, s, from, i);
            from = i + 1;
            switch (c) {
                case '"' -> append(b, "\\\"");
                case '\\' -> append(b, "\\\\");
                case '\n' -> append(b, "\\n");
                case '\r' -> append(b, "\\r");
                case '\t' -> append(b, "\\t");
                default -> append(b, String.format("\\u%04x", (int) c));
            }
        }
        append(b, s, from, s.length());
        append(b, '"');
    }

    /**
     * Reads JSON text into plain values.
     *
     * @param text JSON text
     * @return the value
     * @throws IllegalArgumentException with the offset, when the text is not JSON, nests arrays and
     *                                  objects deeper than {@link #MAX_DEPTH}, or holds a number
     *                                  with an exponent beyond ±{@link #MAX_EXPONENT}
     */
    public static Object parse(String text) {
        Reader r = new Reader(text);
        r.ws();
        Object v = r.value();
        r.ws();
        if (r.pos != text.length()) {
            throw r.error("trailing text");
        }
        return v;
    }

    /** Deepest nesting of arrays and objects read (Sheet JSON nests five deep). */
    public static final int MAX_DEPTH = 256;
    /**
     * Largest power of ten a number may carry: {@code 1e10000000} is refused rather than written
     * out as ten million digits.
     */
    public static final int MAX_EXPONENT = 1000;

    private static final class Reader {
        final String s;
        int pos;
        int depth;

        Reader(String s) {
            this.s = s;
        }

        IllegalArgumentException error(String what) {
            return new IllegalArgumentException("JSON: " + what + " at offset " + pos);
        }

        void ws() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        Object value() {
            if (pos >= s.length()) {
                throw error("unexpected end");
            }
            char c = s.charAt(pos);
            if ((c == '{' || c == '[') && ++depth > MAX_DEPTH) {
                throw error("arrays and objects nested deeper than " + MAX_DEPTH);
            }
            try {
                return value(c);
            } finally {
                if (c == '{' || c == '[') {
                    depth--;
                }
            }
        }

        private Object value(char c) {
            switch (c) {
                case '{': {
                    pos++;
                    Map<String, Object> m = new LinkedHashMap<>();
                    ws();
                    if (peek('}')) {
                        return m;
                    }
                    do {
                        ws();
                        if (pos >= s.length() || s.charAt(pos) != '"') {
                            throw error("expected a key");
                        }
                        String k = string();
                        ws();
                        expect(':');
                        ws();
                        m.put(k, value());
                        ws();
                    } while (peek(','));
                    expect('}');
                    return m;
                }
                case '[': {
                    pos++;
                    List<Object> l = new ArrayList<>();
                    ws();
                    if (peek(']')) {
                        return l;
                    }
                    do {
                        ws();
                        l.add(value());
                        ws();
                    } while (peek(','));
                    expect(']');
                    return l;
                }
                case '"':
                    return string();
                case 't':
                    word("true");
                    return Boolean.TRUE;
                case 'f':
                    word("false");
                    return Boolean.FALSE;
                case 'n':
                    word("null");
                    return null;
                default: {
                    int start = pos;
                    while (pos < s.length() && "+-0123456789.eE".indexOf(s.charAt(pos)) >= 0) {
                        pos++;
                    }
                    if (start == pos) {
                        throw error("unexpected '" + c + "'");
                    }
                    if (pos - start > MAX_EXPONENT + 32) {
                        throw error("number out of range (more than " + MAX_EXPONENT + " digits)");
                    }
                    BigDecimal d;
                    try {
                        d = new BigDecimal(s.substring(start, pos));
                    } catch (NumberFormatException e) {
                        throw error("bad number");
                    }
                    long exponent = (long) d.precision() - d.scale() - 1;
                    if (Math.abs(exponent) > MAX_EXPONENT || d.precision() > MAX_EXPONENT) {
                        throw error("number out of range (beyond 1e" + MAX_EXPONENT + " or " + MAX_EXPONENT + " digits)");
                    }
                    return d;
                }
            }
        }

        boolean peek(char c) {
            if (pos < s.length() && s.charAt(pos) == c) {
                pos++;
                return true;
            }
            return false;
        }

        void expect(char c) {
            if (!peek(c)) {
                throw error("expected '" + c + "'");
            }
        }

        void word(String w) {
            if (!s.startsWith(w, pos)) {
                throw error("expected " + w);
            }
            pos += w.length();
        }

        String string() {
            pos++;
            // most strings hold no escape: cut them out at once
            for (int i = pos; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '"') {
                    String plain = s.substring(pos, i);
                    pos = i + 1;
                    return plain;
                }
                if (c == '\\') {
                    break;
                }
            }
            StringBuilder b = new StringBuilder();
            while (true) {
                if (pos >= s.length()) {
                    throw error("unterminated string");
                }
                char c = s.charAt(pos++);
                if (c == '"') {
                    return b.toString();
                }
                if (c != '\\') {
                    b.append(c);
                    continue;
                }
                if (pos >= s.length()) {
                    throw error("unterminated escape");
                }
                char e = s.charAt(pos++);
                switch (e) {
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'r' -> b.append('\r');
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'u' -> {
                        if (pos + 4 > s.length()) {
                            throw error("bad unicode escape");
                        }
                        try {
                            b.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
                        } catch (NumberFormatException ex) {
                            throw error("bad unicode escape");
                        }
                        pos += 4;
                    }
                    default -> b.append(e);
                }
            }
        }
    }
}
