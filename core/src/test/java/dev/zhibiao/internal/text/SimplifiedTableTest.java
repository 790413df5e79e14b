package dev.zhibiao.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The generated Traditional→Simplified table against ICU (a test dependency only). Run with
 * {@code -Dt2s.update=true} after an ICU upgrade to rewrite the resource from ICU.
 */
class SimplifiedTableTest {
    private static final Path RESOURCE = Path.of("src/main/resources/dev/zhibiao/internal/text/t2s.txt");

    /** The table's text as ICU makes it: every BMP character ICU changes, in code order. */
    static String generate() {
        Transliterator t = Transliterator.getInstance("Traditional-Simplified");
        StringBuilder b = new StringBuilder();
        b.append("# Generated from ICU4J ").append(com.ibm.icu.util.VersionInfo.ICU_VERSION)
                .append(" Traditional-Simplified by SimplifiedTableTest (-Dt2s.update=true); do not edit.\n")
                .append("# One line per BMP character the transform changes: the character, then its simplified form.\n");
        for (int c = 0; c < 0x10000; c++) {
            if (Character.isSurrogate((char) c)) {
                continue;
            }
            String s = String.valueOf((char) c);
            String r = t.transliterate(s);
            if (!r.equals(s)) {
                b.append(s).append(r).append('\n');
            }
        }
        return b.toString();
    }

    @Test
    void resourceIsIcusTable() throws IOException {
        String icu = generate();
        if (Boolean.getBoolean("t2s.update")) {
            Files.writeString(RESOURCE, icu, StandardCharsets.UTF_8);
        }
        String stored;
        try (InputStream in = Simplified.class.getResourceAsStream("t2s.txt")) {
            stored = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // the comment line names the ICU version; the mappings must be equal
        assertEquals(body(icu), body(stored), "t2s.txt differs from ICU: run with -Dt2s.update=true");
    }

    @Test
    void everyCharacterMapsAsIcuMapsIt() {
        Transliterator t = Transliterator.getInstance("Traditional-Simplified");
        List<String> wrong = new ArrayList<>();
        int han = 0;
        for (int c = 0; c < 0x10000; c++) {
            char ch = (char) c;
            if (Character.isSurrogate(ch)) {
                continue;
            }
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han++;
            }
            String s = String.valueOf(ch);
            if (!Simplified.of(ch).equals(t.transliterate(s))) {
                wrong.add(Integer.toHexString(c));
            }
            if (c >= 0x3000 && !Text.simplified(s).equals(t.transliterate(s))) {
                wrong.add("Text.simplified " + Integer.toHexString(c));
            }
        }
        assertTrue(han > 20_000, "Han characters checked: " + han);
        assertEquals(List.of(), wrong);
        assertTrue(Simplified.size() > 3000, "table size " + Simplified.size());
    }

    @Test
    void wholeTextsAsIcuPerCharacter() {
        assertEquals("国际经济与贸易发展专项资金", Text.simplified("國際經濟與貿易發展專項資金"));
        assertEquals("满意度指标", Text.key("滿 意 度 指 標"));
        assertEquals("ＡＢ汉", Text.simplified("ＡＢ漢"));
        // a character whose simplified form lies outside the BMP
        assertEquals(new String(Character.toChars(0x2CDA0)), Text.simplified("鰊"));
    }

    private static String body(String table) {
        StringBuilder b = new StringBuilder();
        for (String line : table.split("\n")) {
            if (!line.startsWith("#")) {
                b.append(line).append('\n');
            }
        }
        return b.toString();
    }
}
