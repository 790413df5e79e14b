package dev.zhibiao.parsers.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * {@link Line#printTop} / {@link Line#printBottom} measure a tall line by its print only when an OCR engine boxed it (its
 * glyphs carry the engine's confidence, 0 to 100). A searchable PDF's text layer (confidence -1) and typeset glyphs (no
 * confidence) keep their own extent: the layer's words stand on their engine line's baseline at their own size, so a
 * layer line taller than the page's type is two printed lines' words, not one engine box over the next line.
 */
class LinePrintTest {

    private static Line line(float conf) {
        Line l = new Line();
        l.add(new Glyph("补助", 100, 700, 60, 26, 26, conf));
        l.add(new Glyph("人次", 170, 690, 40, 48, 48, conf));
        return l;
    }

    @Test
    void anEngineLineTallerThanTheTypeIsMeasuredAboutItsCentre() {
        Line l = line(96f);
        assertEquals(690f, l.top);
        assertEquals(738f, l.bottom);
        assertEquals(700f, l.printTop(28f));
        assertEquals(728f, l.printBottom(28f));
    }

    @Test
    void aTextLayerLineKeepsItsOwnExtent() {
        Line l = line(-1f);
        assertEquals(690f, l.printTop(28f));
        assertEquals(738f, l.printBottom(28f));
    }

    @Test
    void typesetGlyphsKeepTheirOwnExtent() {
        Line l = line(Float.NaN);
        assertEquals(690f, l.printTop(28f));
        assertEquals(738f, l.printBottom(28f));
    }

    @Test
    void aLineNoTallerThanTheTypeKeepsItsExtent() {
        Line l = line(96f);
        assertEquals(690f, l.printTop(60f));
        assertEquals(738f, l.printBottom(60f));
    }
}
