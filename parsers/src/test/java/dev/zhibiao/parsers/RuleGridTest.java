package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Ruled tables are found on a bitmap: skewed, broken and noisy rules; merged cells where a rule is missing. */
class RuleGridTest {

    /**
     * A 300 dpi page with one table: 3 rows × 3 columns, the first column's lower two cells merged
     * (no rule between them), the top row's last two cells merged; rules broken every so often,
     * the page turned by {@code degrees}, grey noise added.
     */
    static BufferedImage page(double degrees, long seed) {
        BufferedImage img = new BufferedImage(2480, 1600, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.rotate(Math.toRadians(degrees), img.getWidth() / 2.0, img.getHeight() / 2.0);
        g.setColor(new Color(60, 60, 60));
        g.setStroke(new BasicStroke(3f));
        int[] xs = {200, 700, 1500, 2200};
        int[] ys = {300, 500, 700, 1000};
        // horizontal rules (the one under the first column's second row is missing there)
        for (int i = 0; i < ys.length; i++) {
            int from = i == 2 ? xs[1] : xs[0];
            broken(g, from, ys[i], xs[3], ys[i], true);
        }
        // vertical rules (the one between the top row's last two cells is missing there)
        for (int j = 0; j < xs.length; j++) {
            int from = j == 2 ? ys[1] : ys[0];
            broken(g, xs[j], from, xs[j], ys[3], false);
        }
        // text-like strokes inside cells
        g.setStroke(new BasicStroke(5f));
        g.drawLine(260, 380, 300, 380);
        g.drawLine(760, 600, 800, 640);
        g.dispose();
        Random r = new Random(seed);
        for (int k = 0; k < 40000; k++) {
            int x = r.nextInt(img.getWidth());
            int y = r.nextInt(img.getHeight());
            img.getRaster().setSample(x, y, 0, 120 + r.nextInt(100));
        }
        return img;
    }

    /** A rule with a 4-pixel break every 300 pixels. */
    private static void broken(Graphics2D g, int x0, int y0, int x1, int y1, boolean horizontal) {
        int len = horizontal ? x1 - x0 : y1 - y0;
        for (int s = 0; s < len; s += 300) {
            int e = Math.min(len, s + 296);
            if (horizontal) {
                g.drawLine(x0 + s, y0, x0 + e, y0);
            } else {
                g.drawLine(x0, y0 + s, x0, y0 + e);
            }
        }
    }

    @Test
    void skewIsMeasuredAndTheGridFound() {
        for (double deg : new double[] {0, 0.6, -1.0, 1.5}) {
            PageImage p = PageImage.of(page(deg, 7));
            assertEquals(deg, p.skew, 0.08, "skew of a page turned " + deg);
            List<RuleGrid.Table> tables = RuleGrid.tables(p, 300);
            assertEquals(1, tables.size(), "tables at " + deg);
            List<RuleGrid.Box> cells = tables.get(0).cells();
            // 9 grid cells, two pairs merged: 7 cells
            assertEquals(7, cells.size(), deg + ": " + cells);
            RuleGrid.Box merged = cells.stream().filter(c -> c.left() < 250 && c.top() > 450).findFirst().orElseThrow();
            assertTrue(merged.height() > 450, "first column's lower cells merged: " + merged);
            RuleGrid.Box wide = cells.stream().filter(c -> c.top() < 350 && c.left() > 650).findFirst().orElseThrow();
            assertTrue(wide.width() > 1400, "top row's last cells merged: " + wide);
        }
    }

    @Test
    void rowsOfCellsWithPositions() {
        PageImage p = PageImage.of(page(0.8, 3));
        RuleGrid.Table t = RuleGrid.tables(p, 300).get(0);
        List<ScanReader.Reading> readings = t.cells().stream().map(c -> new ScanReader.Reading("x", 0.9)).toList();
        List<ScanReader.Placed> rows = GridRows.grid(t.cells(), readings, 1);
        assertEquals(3, rows.size());
        for (ScanReader.Placed r : rows) {
            assertEquals(3, r.row().cells().size(), r.toString());
            assertEquals(0.9, r.row().cells().get(0).confidence() == null ? 0.9 : r.row().cells().get(0).confidence(), 1e-9);
        }
        // merged cells: text at the top-left position, empty where they span
        assertEquals("", rows.get(0).row().cells().get(2).text());
        assertEquals("", rows.get(2).row().cells().get(0).text());
        assertEquals(Integer.valueOf(1), rows.get(0).row().cells().get(0).at().page());
    }

    /**
     * A table continued from the page before, as Chromium prints it: no rule over the first row
     * where a merged cell runs on from the page before, only over the cells that start on this page
     * (none here: the whole top is open), the vertical rules running up to the page break.
     */
    @Test
    void aTableCutByAPageBreakIsClosedWhereItsVerticalRulesEnd() {
        BufferedImage img = new BufferedImage(1700, 1000, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(2f));
        int[] xs = {100, 400, 900, 1500};
        // the top row: open at the top; a rule under its second and third columns only (the first column's cell runs on)
        g.drawLine(xs[1], 200, xs[3], 200);
        g.drawLine(xs[0], 400, xs[3], 400);
        g.drawLine(xs[0], 600, xs[3], 600);
        for (int x : xs) {
            g.drawLine(x, 100, x, 600);
        }
        g.dispose();
        List<RuleGrid.Table> tables = RuleGrid.tables(PageImage.of(img), 200);
        assertEquals(1, tables.size());
        List<RuleGrid.Box> cells = tables.get(0).cells();
        // the first column's cell from the page break to 400, the others' top cells from the page break to 200
        assertTrue(cells.stream().anyMatch(b -> Math.abs(b.top() - 100) <= 3 && Math.abs(b.bottom() - 400) <= 3 && Math.abs(b.left() - 100) <= 3),
                cells.toString());
        assertTrue(cells.stream().anyMatch(b -> Math.abs(b.top() - 100) <= 3 && Math.abs(b.bottom() - 200) <= 3 && Math.abs(b.left() - 400) <= 3),
                cells.toString());
        assertEquals(8, cells.size(), cells.toString());
    }

    /**
     * The piece of a table a page break leaves at the top of a page when it is a few rows of
     * spanned cells (Chromium's print of a sheet's last indicator group): rules over the name and
     * value cells only, one rule across the whole width (its bottom), five vertical rules up to the
     * page break. The page break closes it.
     */
    @Test
    void aFewRowsUnderAPageBreakWithOneRuleAcrossAreClosed() {
        for (int verticals : new int[] {5}) {
            BufferedImage img = new BufferedImage(1700, 1000, BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = img.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, img.getWidth(), img.getHeight());
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(2f));
            int[] xs = verticals == 5 ? new int[] {100, 300, 450, 650, 1500} : new int[] {100, 1500};
            int name = verticals == 5 ? 650 : 100;
            g.drawLine(name, 150, 1500, 150);
            g.drawLine(name, 200, 1500, 200);
            g.drawLine(verticals == 5 ? 300 : 100, 250, 1500, 250);
            g.drawLine(100, 330, 1500, 330);
            for (int x : xs) {
                g.drawLine(x, 100, x, 330);
            }
            g.dispose();
            List<RuleGrid.Table> tables = RuleGrid.tables(PageImage.of(img), 200);
            assertEquals(1, tables.size());
            List<RuleGrid.Box> cells = tables.get(0).cells();
            boolean closed = cells.stream().anyMatch(b -> Math.abs(b.top() - 100) <= 3 && Math.abs(b.bottom() - 150) <= 3);
            assertEquals(verticals == 5, closed, verticals + " verticals: " + cells);
        }
    }

    /**
     * Speckle that lines up into short crossing strokes (a scan-like print of an unruled page) makes
     * a grid a few characters in size: no table, so the page keeps its text layer; the same grid
     * drawn across the page is one.
     */
    @Test
    void aGridTheSizeOfAFewCharactersIsNoTable() {
        BufferedImage img = new BufferedImage(1700, 2200, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(2f));
        // 80 by 28 pixels, two by two cells: rules just long enough to be rules at 200 dpi
        g.drawLine(260, 1040, 340, 1040);
        g.drawLine(260, 1054, 340, 1054);
        g.drawLine(260, 1068, 340, 1068);
        for (int x : new int[] {260, 300, 340}) {
            g.drawLine(x, 1040, x, 1068);
        }
        g.dispose();
        assertEquals(0, RuleGrid.tables(PageImage.of(img), 200).size());

        BufferedImage wide = new BufferedImage(1700, 2200, BufferedImage.TYPE_BYTE_GRAY);
        g = wide.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, wide.getWidth(), wide.getHeight());
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(2f));
        for (int y : new int[] {1000, 1060, 1120}) {
            g.drawLine(100, y, 1600, y);
        }
        for (int x : new int[] {100, 700, 1600}) {
            g.drawLine(x, 1000, x, 1120);
        }
        g.dispose();
        List<RuleGrid.Table> tables = RuleGrid.tables(PageImage.of(wide), 200);
        assertEquals(1, tables.size());
        assertEquals(4, tables.get(0).cells().size());
    }
}
