package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The first glyph of a value, drawn in a font that has ≥ and ≤, tells the comparator apart from a 2 or =. */
class ComparatorGlyphTest {

    private static PageImage drawn(String text, Font font) {
        BufferedImage img = new BufferedImage(900, 120, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 900, 120);
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(font);
        g.drawString(text, 20, 80);
        g.dispose();
        return PageImage.of(img);
    }

    private static Font font() {
        String[] names = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames();
        for (String want : new String[] {"WenQuanYi Zen Hei", "DejaVu Sans", "Noto Sans CJK SC", "Liberation Sans"}) {
            if (Arrays.asList(names).contains(want)) {
                Font f = new Font(want, Font.PLAIN, 44);
                if (f.canDisplay('≥') && f.canDisplay('≤')) {
                    return f;
                }
            }
        }
        return null;
    }

    @Test
    void comparatorsFromTheirShape() {
        Font f = font();
        assumeTrue(f != null, "no font with ≥ installed");
        assertEquals("≥95%", ComparatorGlyph.repair(">95%", drawn("≥95%", f), 0, 0, 900, 120));
        assertEquals("≥95%", ComparatorGlyph.repair("二95%", drawn("≥95%", f), 0, 0, 900, 120));
        assertEquals("≥95%", ComparatorGlyph.repair("295%", drawn("≥95%", f), 0, 0, 900, 120));
        assertEquals("≤3%", ComparatorGlyph.repair("三3%", drawn("≤3%", f), 0, 0, 900, 120));
        assertEquals(">95%", ComparatorGlyph.repair("二95%", drawn(">95%", f), 0, 0, 900, 120));
        assertEquals("<5天", ComparatorGlyph.repair("《5天", drawn("<5天", f), 0, 0, 900, 120));
        assertEquals("成年≥27元;儿童≤26%", ComparatorGlyph.repair("成年>27元;儿童<26%", drawn("成年≥27元;儿童≤26%", f), 0, 0, 900, 120));
    }

    @Test
    void aTwoOrAnEqualsSignStays() {
        Font f = font();
        assumeTrue(f != null, "no font with ≥ installed");
        assertEquals("295人", ComparatorGlyph.repair("295人", drawn("295人", f), 0, 0, 900, 120));
        assertEquals("=100%", ComparatorGlyph.repair("=100%", drawn("=100%", f), 0, 0, 900, 120));
        assertEquals("全面参保", ComparatorGlyph.repair("全面参保", drawn("全面参保", f), 0, 0, 900, 120));
        assertEquals("八川<5人", ComparatorGlyph.repair("八川<5人", drawn("八川<5人", f), 0, 0, 900, 120));
        // a 2 before a whole number opened by 0 is no comparator, whatever ink the box holds (a year in a
        // box laid out from a line engine's text, not the glyphs' own: ≥020年 is no value)
        assertEquals("2020年", ComparatorGlyph.repair("2020年", drawn("≥20年", f), 0, 0, 900, 120));
        assertEquals("≥0.5%", ComparatorGlyph.repair("20.5%", drawn("≥0.5%", f), 0, 0, 900, 120));
    }

    /**
     * A ≥ one blank column off the digit after it, as a clean 200 dpi print sets {@code ≥520元}: the
     * bar ends a pixel before the 2's foot. Drawn pixel by pixel (no font needed): a chevron over a
     * bar, a blank column, then a 2-like glyph whose foot runs level with the bar.
     */
    @Test
    void aComparatorOneBlankColumnOffItsNumber() {
        BufferedImage img = new BufferedImage(200, 60, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 200, 60);
        g.setColor(Color.BLACK);
        // ≥ in columns 20..32: arms from the left ends to a point at the right, rows 13..27; bar rows 30..31
        for (int r = 0; r <= 7; r++) {
            g.fillRect(20 + r * 3 / 2, 13 + r, 3, 1);
            g.fillRect(20 + r * 3 / 2, 27 - r, 3, 1);
        }
        g.fillRect(20, 30, 13, 2);
        // a 2 in columns 34..46 (one blank column, 33): top arc, diagonal, foot level with the bar
        g.fillRect(36, 10, 8, 2);
        g.fillRect(34, 12, 3, 3);
        g.fillRect(43, 12, 3, 6);
        for (int r = 0; r < 12; r++) {
            g.fillRect(43 - r * 3 / 4, 18 + r, 3, 1);
        }
        g.fillRect(34, 30, 13, 2);
        // 0 in columns 52..62
        g.fillRect(52, 10, 11, 2);
        g.fillRect(52, 30, 11, 2);
        g.fillRect(52, 10, 2, 22);
        g.fillRect(61, 10, 2, 22);
        g.dispose();
        PageImage p = PageImage.of(img);
        assertEquals(java.util.List.of('≥'), ComparatorGlyph.comparators(p, 0, 0, 200, 60));
        assertEquals("≥20元", ComparatorGlyph.repair(">20元", p, 0, 0, 200, 60));
    }
}
