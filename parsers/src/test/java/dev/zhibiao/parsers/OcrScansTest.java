package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The OCR-print test's scans ({@link OcrTextReader#printedByOcr}, speed18) count what the
 * expressions they replace find, on random texts over the characters that matter: quotes, brackets,
 * spaces of every kind, digits, Han characters in and out of the basic plane, and others.
 */
class OcrScansTest {
    private static final Pattern QUOTE_OPENS = Pattern.compile("(?:^|\\s)”\\p{IsHan}");
    private static final Pattern PADDED_BRACKET = Pattern.compile("\\p{IsHan} \\)|\\( [\\p{IsHan}0-9]");
    private static final String[] PIECES = {"”", "(", ")", " ", "\t", "\n", "\u000B", "\f", "\r", "\u3000", "\u00A0", "7",
        "a", "指", "标", "〇", "\u2E80", "\u2E7F", "𠀀", "\uD840", "\uDC00", "（", "）", "“", ",", "( ", " )", "” "};

    private static String random(Random r, int max) {
        StringBuilder b = new StringBuilder();
        for (int n = r.nextInt(max), i = 0; i < n; i++) {
            b.append(PIECES[r.nextInt(PIECES.length)]);
        }
        return b.toString();
    }

    private static int count(Pattern p, String s, int limit) {
        int n = 0;
        Matcher m = p.matcher(s);
        while (n < limit && m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void scansCountWhatTheExpressionsFind() {
        Random r = new Random(1818);
        for (int i = 0; i < 300_000; i++) {
            String s = random(r, 20);
            for (int limit = 0; limit <= 4; limit++) {
                assertEquals(count(QUOTE_OPENS, s, limit), OcrTextReader.quotesOpening(s, limit), s);
                assertEquals(count(PADDED_BRACKET, s, limit), OcrTextReader.paddedBrackets(s, limit), s);
            }
        }
    }

    @Test
    void printedByOcrAsTheExpressionsDecide() {
        Random r = new Random(1819);
        for (int i = 0; i < 100_000; i++) {
            String s = random(r, 40);
            int n = count(QUOTE_OPENS, s, 3);
            n += count(PADDED_BRACKET, s, 3 - n);
            assertEquals(n >= 3, OcrTextReader.printedByOcr(s), s);
        }
    }
}
