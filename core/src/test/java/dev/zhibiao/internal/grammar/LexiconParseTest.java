package dev.zhibiao.internal.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.zhibiao.internal.grammar.Lexicon.Entry;
import dev.zhibiao.internal.grammar.Lexicon.Kind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * {@link Lexicon#parse}, the one-pass reading of {@code vocabulary.tsv}'s bytes, gives what reading its lines and
 * splitting them at tabs gave; the trie and the first-character pages hold every entry.
 */
class LexiconParseTest {

    /** The reading {@link Lexicon} did before: lines, blank and comment lines skipped, {@code split("\t")}. */
    private static List<Entry> byLines(String text) throws IOException {
        List<Entry> out = new ArrayList<>();
        BufferedReader r = new BufferedReader(new StringReader(text));
        String line;
        while ((line = r.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length < 2) {
                throw new IllegalStateException("expected KIND<TAB>WORD");
            }
            Kind k = Kind.valueOf(f[0].toUpperCase(Locale.ROOT));
            out.add(new Entry(k, f[1], f.length > 2 ? f[2] : null, f.length > 3 ? f[3] : null));
        }
        return out;
    }

    private static byte[] vocabulary() throws IOException {
        try (InputStream in = Lexicon.class.getResourceAsStream("vocabulary.tsv")) {
            return in.readAllBytes();
        }
    }

    @Test
    void theVocabularyReadsAsByLines() throws IOException {
        byte[] b = vocabulary();
        List<Entry> expected = byLines(new String(b, StandardCharsets.UTF_8));
        assertEquals(expected, Lexicon.parse(b));
        assertEquals(531, expected.size(), "the vocabulary's entries (update with the file)");
    }

    @Test
    void linesFieldsAndBreaksAsSplitReadsThem() throws IOException {
        String[] texts = {
            "digit\t一\t1\n",
            "digit\t一\t1", // no last line break
            "digit\t一\t1\r\nunit\t个\r\n", // CR LF
            "digit\t一\t1\runit\t个\r", // lone CR
            "# a comment\n\n   \n\t\ndigit\t一\t1\n", // comments and blank lines (a tab alone is blank)
            "pre\t不低于\t>=\tstrong\n", // four fields
            "pre\t不低于\t>=\tstrong\textra\n", // a fifth field is left
            "unit\t个\t\n", // a trailing empty field dropped
            "unit\t个\t\t\t\n", // several
            "pre\t不低于\t\tstrong\n", // an empty field inside kept
            "Digit\t一\t1\nDIGIT\t二\t2\ndigit\t三\t3\nunit\t个\ndigit\t四\t4\n", // kinds in any case, changing
            "unit\t\uD840\uDC00\t\n", // a supplementary character (four UTF-8 bytes)
            "unit\té\u00b7\u0800\n", // two- and three-byte forms
        };
        for (String t : texts) {
            assertEquals(byLines(t), Lexicon.parse(t.getBytes(StandardCharsets.UTF_8)), t);
        }
        assertThrows(IllegalStateException.class, () -> Lexicon.parse("digit\n".getBytes(StandardCharsets.UTF_8)));
        assertThrows(IllegalStateException.class, () -> Lexicon.parse("digit\t\t\n".getBytes(StandardCharsets.UTF_8)));
        assertThrows(IllegalArgumentException.class, () -> Lexicon.parse("nokind\tx\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theTrieAndTheFirstCharactersHoldEveryEntry() throws IOException {
        List<Entry> entries = byLines(new String(vocabulary(), StandardCharsets.UTF_8));
        for (Kind k : Kind.values()) {
            // the trie's order: by word (a word before the words it starts), the file's order within a word
            List<Entry> expected = entries.stream().filter(e -> e.kind() == k)
                    .sorted(Comparator.comparing(Entry::word)).toList();
            assertEquals(expected, Lexicon.all(k), k.name());
        }
        long[] first = new long[Character.MAX_VALUE + 1];
        for (Entry e : entries) {
            first[e.word().charAt(0)] |= e.kind().bit;
        }
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            for (Kind k : Kind.values()) {
                boolean starts = (first[c] & k.bit) != 0;
                if (starts != Lexicon.starts((char) c, k.bit)) {
                    assertEquals(starts, Lexicon.starts((char) c, k.bit), "U+" + Integer.toHexString(c) + " " + k);
                }
            }
        }
    }
}
