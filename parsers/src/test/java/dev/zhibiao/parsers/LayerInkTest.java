package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.zhibiao.parsers.geometry.Glyph;
import dev.zhibiao.parsers.geometry.OcrWord;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A searchable PDF's layer words made as high as the ink of the page image under them ({@link LayerInk}). */
class LayerInkTest {

    /** Six two-character words on one line, boxed 9 high from the widths, their feet at y 109, one pixel a point. */
    private static List<OcrWord> words() {
        List<OcrWord> out = new ArrayList<>();
        String[] t = {"绩效", "指标", "一级", "二级", "三级", "指标"};
        for (int i = 0; i < t.length; i++) {
            out.add(new OcrWord(new Glyph(t[i], 20f + i * 40f, 100f, 20f, 9f, 0f, -1f), 1, 1));
        }
        return out;
    }

    /** A white page with ink under each word standing {@code high} pixels over the foot at 109. */
    private static BufferedImage page(int high) {
        BufferedImage img = new BufferedImage(300, 200, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 300, 200);
        g.setColor(Color.BLACK);
        for (int i = 0; i < 6; i++) {
            // two characters' strokes: a rectangle each, the word's full ink height
            g.fillRect(21 + i * 40, 110 - high, 8, high);
            g.fillRect(31 + i * 40, 110 - high, 8, high);
        }
        g.dispose();
        return img;
    }

    /** A blurred scan's ink stands 12 high where the widths said 9: every box is made 12 high, feet kept. */
    @Test
    void boxesStandAsHighAsTheInk() {
        List<OcrWord> out = LayerInk.onInk(words(), page(12), 1.0);
        for (OcrWord w : out) {
            assertEquals(12f, (float) w.box().getHeight(), 0.01f, w.toString());
            assertEquals(109f, (float) w.box().getBottom(), 0.01f, w.toString());
        }
    }

    /** Ink lower than the widths say (a clean print measured in the words' middles) leaves the boxes. */
    @Test
    void lowerInkLeavesTheBoxes() {
        List<OcrWord> in = words();
        assertSame(in, LayerInk.onInk(in, page(7), 1.0));
    }

    /** No image, or fewer than five words measured: the boxes stay. */
    @Test
    void noImageOrTooFewWordsLeavesTheBoxes() {
        List<OcrWord> in = words();
        assertSame(in, LayerInk.onInk(in, null, 1.0));
        List<OcrWord> four = in.subList(0, 4);
        assertSame(four, LayerInk.onInk(four, page(12), 1.0));
    }

    /** Three words of one line (line {@code line}), boxed {@code boxHigh} high, feet at {@code foot}, their ink {@code inkHigh} high. */
    private static List<OcrWord> line(List<OcrWord> in, BufferedImage img, int line, int foot, int boxHigh, int inkHigh) {
        String[] t = {"省级", "整体", "目标"};
        Graphics2D g = img.createGraphics();
        g.setColor(Color.BLACK);
        for (int i = 0; i < t.length; i++) {
            in.add(new OcrWord(new Glyph(t[i], 20f + i * 40f, foot - boxHigh, 20f, boxHigh, 0f, -1f), 1, line));
            g.fillRect(21 + i * 40, foot + 1 - inkHigh, 8, inkHigh);
            g.fillRect(31 + i * 40, foot + 1 - inkHigh, 8, inkHigh);
        }
        g.dispose();
        return in;
    }

    /**
     * A title's line (three words boxed 9 high, feet at 59) whose ink stands 14 high, over a body whose
     * ink stands 9: the title is printed larger than the body, its boxes are made 14 high, feet kept, the
     * body's stay, and the page notes one line. Inside a cell of the image's ruled tables the same line
     * keeps its boxes.
     */
    @Test
    void aLinePrintedLargerThanTheBodyTakesItsOwnInk() {
        BufferedImage img = page(9);
        List<OcrWord> in = line(new ArrayList<>(words()), img, 2, 59, 9, 14);
        int[] own = new int[1];
        List<OcrWord> out = LayerInk.onInk(in, img, 1.0, List.of(), own);
        assertEquals(1, own[0]);
        for (OcrWord w : out) {
            assertEquals(w.line() == 2 ? 14f : 9f, (float) w.box().getHeight(), 0.01f, w.toString());
            assertEquals(w.line() == 2 ? 59f : 109f, (float) w.box().getBottom(), 0.01f, w.toString());
        }
        assertEquals(LayerInk.LINE_INK, LayerInk.noted(1, 1).code());
        int[] none = new int[1];
        assertSame(in, LayerInk.onInk(in, img, 1.0, List.of(new ImageCells.Box(80f, 55f, 160f, 20f)), none));
        assertEquals(0, none[0]);
    }

    /**
     * A line boxed 6 high whose ink stands 9, as high as the body's (a noisy scan's table line boxed
     * narrow): its ink over its boxes stands half as high again as the page's, but it is not printed
     * larger than the body, so it keeps its boxes.
     */
    @Test
    void aLineAsHighAsTheBodyKeepsItsBoxes() {
        BufferedImage img = page(9);
        List<OcrWord> in = line(new ArrayList<>(words()), img, 3, 159, 6, 9);
        int[] own = new int[1];
        assertSame(in, LayerInk.onInk(in, img, 1.0, List.of(), own));
        assertEquals(0, own[0]);
    }
}
