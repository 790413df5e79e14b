package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.zhibiao.parsers.geometry.Glyph;
import dev.zhibiao.parsers.geometry.OcrLayout;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which of two text-layer words over one ink is the engine's second reading, by the ink's foot ({@link LayerReadings}). */
class LayerReadingsTest {

    /** A white page, one pixel a point, with a character's ink from y 101 to 119 (foot 120) at x 20 to 39. */
    private static BufferedImage page(boolean ink) {
        BufferedImage img = new BufferedImage(200, 200, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 200, 200);
        if (ink) {
            g.setColor(Color.BLACK);
            g.fillRect(20, 101, 20, 19);
        }
        g.dispose();
        return img;
    }

    /** The speck line's word, its foot 6 above the ink's (half an em of 12). */
    private static final Glyph SPECK = new Glyph("[一", 20f, 102f, 20f, 12f, 0f, -1f);
    /** The printed word's reading, its foot on the ink's. */
    private static final Glyph PRINTED = new Glyph("二", 19f, 108f, 21f, 12f, 0f, -1f);

    /** The word standing on the ink's foot is kept, whichever is asked first; each keep counted. */
    @Test
    void theWordOnTheInksFootIsKept() {
        int[] kept = new int[2];
        OcrLayout.Seats seats = LayerReadings.seats(page(true), 1.0, List.of(), kept);
        assertEquals(1, seats.second(PRINTED, SPECK));
        assertEquals(-1, seats.second(SPECK, PRINTED));
        assertEquals(1, kept[1]);
        assertEquals(LayerReadings.CODE, LayerReadings.noted(1, 1).code());
    }

    /** No ink under them, feet as near the ink as each other, neither on it, or no image: the ink does not tell. */
    @Test
    void withoutInkOrWithFeetAsNearNothingIsTold() {
        int[] kept = new int[2];
        assertEquals(0, LayerReadings.seats(page(false), 1.0, List.of(), kept).second(PRINTED, SPECK));
        Glyph near = new Glyph("三", 21f, 107f, 19f, 12f, 0f, -1f);
        assertEquals(0, LayerReadings.seats(page(true), 1.0, List.of(), kept).second(near, PRINTED));
        Glyph above = new Glyph("一", 20f, 95f, 20f, 12f, 0f, -1f); // foot 13 over the ink's
        Glyph off = new Glyph("人", 19f, 104f, 21f, 12f, 0f, -1f); // foot 4 over it: a third of an em, not on it
        assertEquals(0, LayerReadings.seats(page(true), 1.0, List.of(), kept).second(above, off));
        assertEquals(0, kept[1]);
        assertNull(LayerReadings.seats(null, 1.0, List.of(), kept));
    }

    /** A rule under the words (a cell's bottom) is no ink of theirs: the image cell holding them bounds the search. */
    @Test
    void aRuleUnderTheCellIsNotTheInksFoot() {
        BufferedImage img = page(true);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.BLACK);
        g.fillRect(0, 122, 200, 2);
        g.dispose();
        Glyph low = new Glyph("人", 19f, 112f, 21f, 12f, 0f, -1f); // foot at 124, under the rule
        int[] kept = new int[2];
        assertEquals(1, LayerReadings.seats(img, 1.0, List.of(), kept).second(low, PRINTED)); // the rule taken for ink
        List<ImageCells.Box> cell = List.of(new ImageCells.Box(100f, 111f, 200f, 22f)); // from y 100 to 122
        assertEquals(-1, LayerReadings.seats(img, 1.0, cell, kept).second(low, PRINTED));
    }
}
