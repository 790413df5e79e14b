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

/** A searchable PDF's layer words put on the printed line their ink stands on ({@link LayerSeats}). */
class LayerSeatsTest {

    /**
     * One engine line of six two-character words boxed 10 high, feet at y 109 (one pixel a point);
     * the ink of each drawn 10 high with its foot at {@code feet[i]}.
     */
    private static List<OcrWord> words(BufferedImage img, int... feet) {
        String[] t = {"绩效", "指标", "一级", "二级", "三级", "指标"};
        List<OcrWord> out = new ArrayList<>();
        Graphics2D g = img.createGraphics();
        g.setColor(Color.BLACK);
        for (int i = 0; i < t.length; i++) {
            out.add(new OcrWord(new Glyph(t[i], 20f + i * 40f, 99f, 20f, 10f, 0f, -1f), 1, 1));
            g.fillRect(21 + i * 40, feet[i] + 1 - 10, 8, 10);
            g.fillRect(31 + i * 40, feet[i] + 1 - 10, 8, 10);
        }
        g.dispose();
        return out;
    }

    private static BufferedImage blank() {
        BufferedImage img = new BufferedImage(300, 200, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 300, 200);
        g.dispose();
        return img;
    }

    /**
     * Two words of the engine's line printed on the line under it (their ink's foot 12 pixels lower, nothing
     * at the baseline) are put on that line, heights kept; the four on their ink stay.
     */
    @Test
    void aWordOfTheLineBelowIsPutOnItsInk() {
        BufferedImage img = blank();
        List<OcrWord> in = words(img, 109, 109, 121, 121, 109, 109);
        int[] moved = new int[1];
        List<OcrWord> out = LayerSeats.seated(in, img, 1.0, moved);
        assertEquals(2, moved[0]);
        for (int i = 0; i < out.size(); i++) {
            float foot = i == 2 || i == 3 ? 121f : 109f;
            assertEquals(foot, (float) out.get(i).box().getBottom(), 0.01f, out.get(i).toString());
            assertEquals(10f, (float) out.get(i).box().getHeight(), 0.01f);
        }
    }

    /** A word over ink a little off its baseline (within 0.3 of the ink's height), or over no ink, stays. */
    @Test
    void aWordOnItsInkOrOverNoneStays() {
        BufferedImage img = blank();
        List<OcrWord> in = words(img, 109, 111, 107, 109, 109, 109);
        int[] moved = new int[1];
        assertSame(in, LayerSeats.seated(in, img, 1.0, moved));
        assertEquals(0, moved[0]);
        BufferedImage none = blank();
        List<OcrWord> bare = new ArrayList<>(words(blank(), 109, 109, 109, 109, 109, 109));
        assertSame(bare, LayerSeats.seated(bare, none, 1.0, moved));
    }

    /** Ink at the baseline that is no line's (a rule running through the word) leaves the word where it is. */
    @Test
    void inkAtTheBaselineThatIsNoLineLeavesTheWord() {
        BufferedImage img = blank();
        List<OcrWord> in = words(img, 109, 109, 121, 109, 109, 109);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.BLACK);
        g.fillRect(100, 95, 20, 17); // a blot over the third word's baseline, run into its ink below
        g.dispose();
        int[] moved = new int[1];
        assertSame(in, LayerSeats.seated(in, img, 1.0, moved));
    }
}
