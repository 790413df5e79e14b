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

    private static void write(StringBuilder b, Object v, int indent, int depth) {
        if (v == null) {
            b.append("null");
        } else if (v instanceof String s) {
            quote(b, s);
        } else if (v instanceof BigDecimal d) {
            BigDecimal s = d.stripTrailingZeros();
            b.append(s.scale() < 0 ? s.setScale(0).toPlainString() : s.toPlainString());
        } else if (v instanceof Number || v instanceof Boolean) {
            b.append(v);
        } else if (v instanceof Map<?, ?> m) {
            if (m.isEmpty()) {
                b.append("{}");
                return;
            }
            b.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                b.append(first ? "" : ",");
                first = false;
                newline(b, indent, depth + 1);
                quote(b, String.valueOf(e.getKey()));
                b.append(indent > 0 ? ": " : ":");
                write(b, e.getValue(), indent, depth + 1);
            }
            newline(b, indent, depth);
            b.append('}');
        } else if (v instanceof List<?> l) {
            if (l.isEmpty()) {
                b.append("[]");
                return;
            }
            b.append('[');
            for (int i = 0; i < l.size(); i++) {
                b.append(i == 0 ? "" : ",");
                newline(b, indent, depth + 1);
                write(b, l.get(i), indent, depth + 1);
            }
            newline(b, indent, depth);
            b.append(']');
        } else {
            quote(b, v.toString());
        }
    }

    private static void newline(StringBuilder b, int indent, int depth) {
        if (indent > 0) {
            b.append('\n');
            b.append(" ".repeat(indent * depth));
        }
    }

    private static void quote(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }

    /**
     * Reads JSON text into plain values.
     *
     * @param text JSON text
     * @return the value
     * @throws IllegalArgumentException with the offset, when the text is not JSON
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

    private static final class Reader {
        final String s;
        int pos;

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
                    try {
                        return new BigDecimal(s.substring(start, pos));
                    } catch (NumberFormatException e) {
                        throw error("bad number");
                    }
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
