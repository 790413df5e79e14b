package dev.zhibiao.internal.layout;

import dev.zhibiao.Diagnostic;
import dev.zhibiao.internal.text.Text;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Indicator heading rows an OCR engine misread, given back from what the row itself prints: a heading
 * row printed twice side by side (two periods) with one OCR'd cell of one half that is no heading
 * word, where the other half prints one and every other place of the halves holds heading words or
 * the same text, is that word ({@code 指标值 | … | 本示什} → 指标值). Word boxes only: a line of plain
 * OCR text (no confidence) is not cut at the heading's columns, so its places say nothing. Each repair is an
 * {@code ocr-repaired} diagnostic with the engine's confidence where it gave one.
 */
final class OcrHeadings {
    private OcrHeadings() {
    }

    private static final List<String> HEADER = List.of("一级指标", "二级指标", "三级指标", "指标值");

    /**
     * @param in rows after {@link OcrRepair} (and {@link OcrLabels#headings}), with their notes
     * @return the rows with the heading rows given back, the notes on the rows they belong to
     */
    static OcrRepair.Result repair(OcrRepair.Result in) {
        Map<Row, List<Diagnostic>> notes = new IdentityHashMap<>(in.notes());
        List<Row> out = new ArrayList<>(in.rows());
        for (int i = 0; i < out.size(); i++) {
            Row r = out.get(i);
            if (r.table() && OcrLabels.headingRow(r.cells())) {
                List<Diagnostic> diags = new ArrayList<>();
                List<Cell> cells = doubled(r.cells(), diags);
                if (!diags.isEmpty()) {
                    replace(out, i, new Row(cells, true, r.at()), diags, notes);
                }
            }
        }
        return new OcrRepair.Result(out, notes);
    }

    private static void replace(List<Row> out, int i, Row nr, List<Diagnostic> diags, Map<Row, List<Diagnostic>> notes) {
        Row r = out.get(i);
        List<Diagnostic> all = new ArrayList<>(notes.getOrDefault(r, List.of()));
        all.addAll(diags);
        notes.remove(r);
        notes.put(nr, all);
        out.set(i, nr);
    }

    /** The heading row printed twice, one misread cell of a half given the word of the other half. */
    static List<Cell> doubled(List<Cell> cells, List<Diagnostic> diags) {
        int n = cells.size();
        int lead = n >= 5 && n % 2 == 1 && !HEADER.contains(Text.key(cells.get(0).text())) ? 1 : 0;
        if ((n - lead) % 2 != 0 || n - lead < 6) {
            return cells;
        }
        int half = (n - lead) / 2;
        int heading = 0;
        int misread = -1;
        int from = -1;
        for (int i = lead; i < lead + half; i++) {
            String a = Text.key(cells.get(i).text());
            String b = Text.key(cells.get(i + half).text());
            boolean ha = HEADER.contains(a);
            boolean hb = HEADER.contains(b);
            if (ha && hb) {
                heading++;
            } else if (a.equals(b)) {
                continue;
            } else if (misread < 0 && (ha || hb)) {
                misread = ha ? i + half : i;
                from = ha ? i : i + half;
            } else {
                return cells;
            }
        }
        if (misread < 0 || heading < 2) {
            return cells;
        }
        Cell c = cells.get(misread);
        if (!c.ocr() || c.confidence().isNaN() || c.isEmpty() || Vocabulary.column(c.text()) != null || Vocabulary.category(c.text()) != null) {
            return cells;
        }
        List<Cell> fixed = new ArrayList<>(cells);
        String word = Text.key(cells.get(from).text());
        fixed.set(misread, note(c, word, "indicator heading " + word + ", as the other period's half of the heading row prints it", diags));
        return fixed;
    }

    private static Cell note(Cell c, String fixed, String what, List<Diagnostic> diags) {
        Double conf = c.confidence();
        String shown = conf == null || conf.isNaN() ? "" : String.format(Locale.ROOT, ", engine confidence %.2f", conf);
        diags.add(new Diagnostic(OcrRepair.CODE, "OCR reading \"" + c.text().strip() + "\" repaired to \"" + fixed + "\" (" + what
                + shown + ")", c.at()));
        return c.withText(fixed);
    }
}
