package dev.zhibiao.parsers;

import java.util.ArrayList;
import java.util.List;

/**
 * Lines of text on a page image found from its pixels: the bands of dark rows inside a cell's box,
 * and the lines printed outside the ruled tables (moved out of {@link ScanReader}).
 */
final class ImageLines {
    private ImageLines() {}

    /** The text lines in a box: bands of rows holding dark pixels, separated by blank rows ({top, bottom}). */
    static List<int[]> bands(PageImage page, int x0, int y0, int x1, int y1, int dpi) {
        int minRow = 2;
        int minBand = Math.max(3, dpi / 30);
        List<int[]> out = new ArrayList<>();
        int start = -1;
        for (int y = Math.max(0, y0); y <= Math.min(page.height, y1); y++) {
            int d = 0;
            if (y < Math.min(page.height, y1)) {
                for (int x = Math.max(0, x0); x < Math.min(page.width, x1); x++) {
                    if (page.dark(x, y)) {
                        d++;
                    }
                }
            }
            if (d >= minRow) {
                start = start < 0 ? y : start;
            } else if (start >= 0) {
                // bands closer than a small gap are one line (the strokes of 二 or 三, a dot under a line)
                if (!out.isEmpty() && start - out.get(out.size() - 1)[1] < Math.max(3, dpi / 35)) {
                    out.get(out.size() - 1)[1] = y;
                } else {
                    out.add(new int[] {start, y});
                }
                start = -1;
            }
        }
        out.removeIf(b -> b[1] - b[0] < minBand); // specks
        return out;
    }

    /**
     * Lines of text outside the tables: bands of rows with dark pixels (the tables' areas left
     * out), each cut where a gap wider than an inch separates its parts (a line printed at the
     * left and another at the right are two lines).
     */
    static List<RuleGrid.Box> outsideLines(PageImage page, List<RuleGrid.Table> tables, int dpi) {
        int pad = Math.max(4, dpi / 50);
        boolean[] masked = new boolean[page.width * page.height];
        for (RuleGrid.Table t : tables) {
            RuleGrid.Box o = t.outline();
            for (int y = Math.max(0, o.top() - pad); y < Math.min(page.height, o.bottom() + pad); y++) {
                for (int x = Math.max(0, o.left() - pad); x < Math.min(page.width, o.right() + pad); x++) {
                    masked[y * page.width + x] = true;
                }
            }
        }
        int minRow = 2;
        int minBand = Math.max(4, dpi / 25);
        List<RuleGrid.Box> out = new ArrayList<>();
        int start = -1;
        for (int y = 0; y <= page.height; y++) {
            int d = 0;
            if (y < page.height) {
                for (int x = 0; x < page.width; x++) {
                    int i = y * page.width + x;
                    if (page.dark[i] && !masked[i]) {
                        d++;
                    }
                }
            }
            if (d >= minRow && start < 0) {
                start = y;
            } else if (d < minRow && start >= 0) {
                if (y - start >= minBand) {
                    out.addAll(pieces(page, masked, start, y, dpi));
                }
                start = -1;
            }
        }
        return out;
    }

    private static List<RuleGrid.Box> pieces(PageImage page, boolean[] masked, int y0, int y1, int dpi) {
        int[] cols = new int[page.width];
        for (int y = y0; y < y1; y++) {
            for (int x = 0; x < page.width; x++) {
                int i = y * page.width + x;
                if (page.dark[i] && !masked[i]) {
                    cols[x]++;
                }
            }
        }
        List<RuleGrid.Box> out = new ArrayList<>();
        int gapMax = dpi; // an inch
        int pad = Math.max(3, dpi / 60);
        int start = -1;
        int last = -1;
        for (int x = 0; x < page.width; x++) {
            if (cols[x] > 0) {
                if (start >= 0 && x - last > gapMax) {
                    out.add(new RuleGrid.Box(Math.max(0, start - pad), Math.max(0, y0 - pad), Math.min(page.width, last + 1 + pad),
                            Math.min(page.height, y1 + pad)));
                    start = -1;
                }
                if (start < 0) {
                    start = x;
                }
                last = x;
            }
        }
        if (start >= 0) {
            out.add(new RuleGrid.Box(Math.max(0, start - pad), Math.max(0, y0 - pad), Math.min(page.width, last + 1 + pad),
                    Math.min(page.height, y1 + pad)));
        }
        // specks of noise are no line
        out.removeIf(b -> b.width() < Math.max(6, dpi / 25));
        return out;
    }
}
