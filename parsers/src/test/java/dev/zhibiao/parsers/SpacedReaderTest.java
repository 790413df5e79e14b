package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.read.Format;
import org.junit.jupiter.api.Test;

/** How {@link SpacedReader} chooses the character grid its columns are counted on. */
class SpacedReaderTest {
    /**
     * pdftotext {@code -layout} lays each page out apart: a page whose words line up when a wide
     * character counts one column is read on that grid even when the whole text, counted at once,
     * lines up better with wide characters counting two.
     */
    @Test
    void eachPageChoosesItsGrid() {
        String[] lines = {
            "指标一  值", "abc  值", // one column per character: 值 at column 6 on both lines
            "\f",
            "ab指标  值", "指标一  值", "abcdef  值", // two per wide character: 值 at column 9 on all three
        };
        assertTrue(SpacedReader.widthAligns(lines), "the whole text, counted at once, takes the wide grid");
        assertArrayEquals(new boolean[] {false, false, true, true, true, true}, SpacedReader.pageGrids(lines));
    }

    /** A page that lines up equally either way takes the whole text's grid. */
    @Test
    void aTiedPageTakesTheWholeTextsGrid() {
        String[] lines = {"abc  d", "abc  d", "\f", "ab指标  值", "指标一  值", "abcdef  值"};
        assertArrayEquals(new boolean[] {true, true, true, true, true, true}, SpacedReader.pageGrids(lines));
    }

    /** The grids as chosen before speed35 counted the whole text only for a tied page: the whole counted first, always. */
    private static boolean[] pageGridsAsBefore(String[] lines) {
        boolean whole = SpacedReader.widthAligns(lines);
        boolean[] out = new boolean[lines.length];
        int from = 0;
        for (int i = 0; i <= lines.length; i++) {
            if (i == lines.length || i > from && lines[i].indexOf('\f') >= 0) {
                String[] page = java.util.Arrays.copyOfRange(lines, from, i);
                int w = SpacedReader.aligned(page, true);
                int n = SpacedReader.aligned(page, false);
                boolean wide = w == n ? whole : w > n;
                java.util.Arrays.fill(out, from, i, wide);
                from = i;
            }
        }
        return out;
    }

    /** Random texts of wide and narrow words, runs of spaces and page breaks: each page's grid as before. */
    @Test
    void pageGridsAsTheWholeCountedFirstGaveThem() {
        String[] words = {"指标", "一", "ab", "abc", "值", "100", "\f", "\f指标", "  ", "   ", " ", "\u3000"};
        java.util.Random random = new java.util.Random(350013);
        for (int round = 0; round < 20_000; round++) {
            String[] lines = new String[random.nextInt(9)];
            for (int l = 0; l < lines.length; l++) {
                StringBuilder b = new StringBuilder();
                for (int k = random.nextInt(6); k > 0; k--) {
                    b.append(words[random.nextInt(words.length)]);
                }
                lines[l] = b.toString();
            }
            assertArrayEquals(pageGridsAsBefore(lines), SpacedReader.pageGrids(lines), String.join("|", lines));
        }
    }

    /**
     * A whole budget disclosure printed by {@code pdftotext -layout}: its prose and one-cell lines
     * leave the lines of three tokens or more under a fifth of the text (here a sixth), yet the
     * indented, aligned lines and the heading row say it is laid out.
     */
    @Test
    void aLaidOutDisclosureWithMuchProseIsSpacedText() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 25; i++) {
            b.append("        第").append(i).append("条说明本部门的职能和预算安排情况\n");
        }
        b.append("       一级指标      二级指标        三级指标          指标值\n");
        for (int i = 0; i < 4; i++) {
            b.append("       产出指标      数量指标        参保人数").append(i).append("          ≥90%\n");
        }
        b.append("                                     支出预算\n");
        String text = b.toString();
        assertTrue(SpacedReader.looksLaidOut(text));
        org.junit.jupiter.api.Assertions.assertEquals(Format.SPACED, Detector.detect(text, "x.txt"));
        org.junit.jupiter.api.Assertions.assertFalse(SpacedReader.looksSpaced(text), "a fifth is asked of text not laid out");
    }

    /**
     * A narrow table printed by a browser ({@code pdftotext -layout} of Chromium's print, h1_000): each wrapped name and value
     * on lines of their own, few lines hold three words, but a fifth or more hold two words a run of spaces apart.
     */
    @Test
    void aBrowsersNarrowTableWithFewThreeWordLinesIsLaidOut() {
        StringBuilder b = new StringBuilder("省级对市县专项转移支付整体绩效目标表\n项目名称              城乡居民医疗保险补助资金\n");
        b.append("绩效指标       一级指     二级指标             三级指标                         指标值\n            标\n");
        for (int i = 1; i <= 6; i++) {
            b.append("                           指标").append(i).append("：以户籍人口数为基数计算的基本医\n");
            b.append("                                                     ≥ 9").append(i).append("%\n");
            b.append("                           保综合参保率(%)\n");
            b.append("                           指标").append(i).append("：重复参保人数(人)             0\n");
        }
        String text = b.toString();
        assertTrue(SpacedReader.looksLaidOut(text));
        org.junit.jupiter.api.Assertions.assertEquals(Format.SPACED, Detector.detect(text, "x.txt"));
    }

    /** The scan over lines answers what splitting the text into line strings answered, on random texts of the characters that matter. */
    @Test
    void alignedLinesAsTheLineStringsGaveThem() {
        java.util.Random rnd = new java.util.Random(7);
        String alphabet = "  \f\n\r\t\u3000\u00a0a表";
        int yes = 0;
        for (int i = 0; i < 200_000; i++) {
            StringBuilder b = new StringBuilder();
            int n = rnd.nextInt(24);
            for (int k = 0; k < n; k++) {
                b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            String t = b.toString();
            int nonEmpty = 0;
            int aligned = 0;
            for (String line : Lines.split(t)) {
                String l = line.replace('\f', ' ');
                if (l.isBlank()) {
                    continue;
                }
                nonEmpty++;
                if (l.startsWith("    ") || l.strip().contains("   ")) {
                    aligned++;
                }
            }
            boolean expected = nonEmpty > 0 && aligned * 3 >= nonEmpty;
            org.junit.jupiter.api.Assertions.assertEquals(expected, SpacedReader.alignedLines(t), t);
            yes += expected ? 1 : 0;
        }
        assertTrue(yes > 10_000 && yes < 190_000, yes + " aligned");
    }
}
