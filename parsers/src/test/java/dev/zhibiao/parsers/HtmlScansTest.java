package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The HTML reader's scans answer as the copies they replace (speed17), on random texts over the
 * characters that matter: the hidden-style test without a lower-cased, space-stripped copy, and
 * white space squeezed over the builder it was collected in.
 */
class HtmlScansTest {
    private static final String ALPHABET = "displaynoneDISPLAYNONEvisibilityhiddenVISIBILITYHIDDEN: ;\u0130\u212A\u0307kK\t\u00A0\u3000\u200B\uFEFF\n"
            + HtmlReader.LINE + "指标";

    private static String random(Random r, int max) {
        StringBuilder b = new StringBuilder();
        for (int n = r.nextInt(max), i = 0; i < n; i++) {
            if (r.nextInt(6) == 0) {
                String[] words = {"display:none", "visibility:hidden", "Display: None", "VISIBILITY : HIDDEN", "displa y:no ne"};
                b.append(words[r.nextInt(words.length)]);
            } else {
                b.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
            }
        }
        return b.toString();
    }

    @Test
    void hiddenStyleScanAnswersAsTheLoweredCopy() {
        Random r = new Random(1717);
        for (int i = 0; i < 300_000; i++) {
            String s = random(r, 24);
            String lowered = s.toLowerCase(Locale.ROOT).replace(" ", "");
            assertEquals(lowered.contains("display:none"), HtmlReader.holdsLowered(s, "display:none"), s);
            assertEquals(lowered.contains("visibility:hidden"), HtmlReader.holdsLowered(s, "visibility:hidden"), s);
        }
    }

    @Test
    void hiddenStyleByColonsAnswersAsTheTwoScans() {
        Random r = new Random(2901);
        int hidden = 0;
        for (int i = 0; i < 300_000; i++) {
            String s = random(r, 24);
            boolean expected = HtmlReader.holdsLowered(s, "display:none") || HtmlReader.holdsLowered(s, "visibility:hidden");
            hidden += expected ? 1 : 0;
            assertEquals(expected, HtmlReader.hiddenStyle(s), s);
        }
        org.junit.jupiter.api.Assertions.assertTrue(hidden > 10_000, "the random styles hide often enough: " + hidden);
    }

    @Test
    void squeezeInPlaceGivesWhatSqueezeGives() {
        Random r = new Random(1718);
        for (int i = 0; i < 300_000; i++) {
            String s = random(r, 16);
            assertEquals(HtmlReader.squeeze(s), HtmlReader.squeezeInPlace(new StringBuilder(s)), s);
        }
    }

    @Test
    void containsIgnoreCaseAnswersAsTheLoweredCopy() {
        // Detector.containsIgnoreCase finds a word's first letter by indexOf in both cases (lead32): the same answers
        // as the lowered copy's, within the limit, with the Kelvin sign lowered to k as lowerAscii does
        Random r = new Random(3201);
        String[] words = {"ocrx_word", "display", "role", "kelvin", "<table", "\"ocr_page\""};
        for (int i = 0; i < 200_000; i++) {
            String s = random(r, 40) + (r.nextInt(3) == 0 ? "ROLE" : "") + random(r, 10);
            String w = words[r.nextInt(words.length)];
            if (r.nextInt(4) == 0) {
                int at = r.nextInt(s.length() + 1);
                String cased = r.nextBoolean() ? w.toUpperCase(Locale.ROOT) : w.replace('k', '\u212A');
                s = s.substring(0, at) + cased + s.substring(at);
            }
            int limit = r.nextInt(s.length() + 1);
            StringBuilder lowered = new StringBuilder();
            for (char c : s.substring(0, limit).toCharArray()) {
                lowered.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c == '\u212A' ? 'k' : c);
            }
            assertEquals(lowered.toString().contains(w), Detector.containsIgnoreCase(s, limit, w), s + " / " + w + " / " + limit);
        }
    }
}
