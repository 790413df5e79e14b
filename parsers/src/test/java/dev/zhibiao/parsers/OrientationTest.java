package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pages scanned on their side: found by their cells' shape, turned by the engine's orientation report. */
class OrientationTest {

    @Test
    void theEnginesReportIsReadOnlyWhenItIsSure() {
        String report = "Page number: 0\nOrientation in degrees: 90\nRotate: 270\nOrientation confidence: 4.33\nScript: Han\n";
        assertEquals(270, Tesseract.orientation(report));
        assertNull(Tesseract.orientation(report.replace("4.33", "0.10")), "an unsure report turns nothing");
        assertNull(Tesseract.orientation("Failed loading language 'osd'"));
    }

    @Test
    void aQuarterTurnMovesEveryPixel() {
        BufferedImage img = new BufferedImage(3, 2, BufferedImage.TYPE_BYTE_GRAY);
        img.getRaster().setSample(0, 0, 0, 7); // top left
        img.getRaster().setSample(2, 1, 0, 9); // bottom right
        BufferedImage q = PageImage.turned(img, 90);
        assertEquals(2, q.getWidth());
        assertEquals(3, q.getHeight());
        assertEquals(7, q.getRaster().getSample(1, 0, 0), "top left goes top right, a quarter turn clockwise");
        assertEquals(9, q.getRaster().getSample(0, 2, 0));
        BufferedImage back = PageImage.turned(q, 270);
        assertEquals(7, back.getRaster().getSample(0, 0, 0));
        assertEquals(9, back.getRaster().getSample(2, 1, 0));
        assertEquals(9, PageImage.turned(img, 180).getRaster().getSample(0, 0, 0));
    }

    @Test
    void aTableOfTallCellsIsOnItsSide() {
        List<RuleGrid.Box> wide = new ArrayList<>();
        List<RuleGrid.Box> tall = new ArrayList<>();
        for (int r = 0; r < 8; r++) {
            wide.add(new RuleGrid.Box(0, r * 40, 300, r * 40 + 40));
            tall.add(new RuleGrid.Box(r * 40, 0, r * 40 + 40, 300));
        }
        // a merged level-1 label is tall in an upright table too: by area the table is still wide
        wide.add(new RuleGrid.Box(300, 0, 360, 320));
        assertFalse(ScanReader.turned(List.of(new RuleGrid.Table(wide, new RuleGrid.Box(0, 0, 360, 320)))));
        assertTrue(ScanReader.turned(List.of(new RuleGrid.Table(tall, new RuleGrid.Box(0, 0, 320, 300)))));
        assertFalse(ScanReader.turned(List.of()), "no table: nothing to tell");
    }
}
