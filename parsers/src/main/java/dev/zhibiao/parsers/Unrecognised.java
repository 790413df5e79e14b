package dev.zhibiao.parsers;

import dev.zhibiao.internal.layout.Cell;
import dev.zhibiao.internal.layout.Document;
import dev.zhibiao.internal.layout.FlatWords;
import dev.zhibiao.internal.layout.Row;
import dev.zhibiao.internal.layout.SpacedRows;
import dev.zhibiao.internal.layout.Vocabulary;
import dev.zhibiao.internal.text.Text;

/**
 * The one-line error for a document in which no sheet was found: what was seen of a sheet (a
 * title, header labels, an indicator heading row) and where, so that a user knows whether the file
 * holds no sheet or holds one in a layout nobody recognises.
 */
final class Unrecognised {
    private Unrecognised() {
    }

    /**
     * @param doc the rows a reader made of a document in which recovery found no sheet
     * @return a one-line description of what was seen
     */
    static String describe(Document doc) {
        Row title = null;
        Row heading = null;
        Row label = null;
        int headings = 0;
        int tableRows = 0;
        for (Row r : doc.rows()) {
            if (r.table()) {
                tableRows++;
            }
            String text = Text.clean(r.text());
            if (text == null) {
                continue;
            }
            if (title == null && text.length() <= 80 && SpacedRows.isTitle(text)) {
                title = r;
            }
            int named = 0;
            for (Cell c : r.cells()) {
                Vocabulary.Column col = Vocabulary.column(c.text());
                if (col == Vocabulary.Column.L1 || col == Vocabulary.Column.L2 || col == Vocabulary.Column.NAME
                        || col == Vocabulary.Column.VALUE) {
                    named++;
                }
                if (label == null && Vocabulary.isKnownHeaderLabel(c.text())) {
                    label = r;
                }
            }
            if (named >= 3 && heading == null) {
                heading = r;
            }
            if (named >= 1) {
                headings = Math.max(headings, named);
            }
        }
        String rows = " (" + doc.rows().size() + " rows read, " + tableRows + " of them table rows)";
        if (title == null && heading == null) {
            String flat = flattened(doc);
            if (flat != null) {
                return flat + rows;
            }
        }
        if (title != null && heading == null) {
            return "found a " + kind(title) + " title at " + where(title) + " but no indicator heading row (一级指标 | 二级指标 | 三级指标 | 指标值)"
                    + (headings > 0 ? "; the heading words are not in cells of one row" : "") + rows;
        }
        if (title != null) {
            return "found a " + kind(title) + " title at " + where(title) + " and an indicator heading row at " + where(heading)
                    + " but could not read a sheet between them" + rows;
        }
        if (heading != null) {
            return "found an indicator heading row at " + where(heading) + " but no sheet title (…绩效目标表, …绩效自评表)"
                    + (label != null ? " or header block" : "") + " before it" + rows;
        }
        if (label != null) {
            return "found a header label (" + Text.clean(label.cells().stream().filter(c -> Vocabulary.isKnownHeaderLabel(c.text()))
                    .findFirst().map(Cell::text).orElse("")) + ") at " + where(label)
                    + " but no sheet title and no indicator heading row" + rows;
        }
        return "no sheet title, header label or indicator heading row" + rows;
    }

    /** A line this long holding a title is a whole sheet flattened into it, not a title line. */
    private static final int FLAT_LINE = 200;

    /**
     * A sheet flattened into one long line with no separators between its cells (a document site's
     * text, a converter's): a title is looked for inside the line, near its start, as a prefix of
     * one of its runs ending in 表 (项目绩效目标表项目名称…), where {@link SpacedRows#isTitle} asks only
     * whole lines.
     *
     * @return the description of the first such line, or null
     */
    static String flattened(Document doc) {
        for (Row r : doc.rows()) {
            String text = Text.clean(r.text());
            if (text == null || text.length() < FLAT_LINE) {
                continue;
            }
            String title = FlatWords.titleInside(text);
            if (title != null) {
                String k = Text.key(text);
                boolean heading = k.contains("一级指标") || k.contains("三级指标") || k.contains("指标值");
                return "found a " + (Text.key(title).contains("自评") || Text.key(title).contains("评价") ? "绩效自评表" : "绩效目标表")
                        + " title (" + title + ") inside a " + text.length() + "-character line at " + where(r)
                        + (heading ? " that also holds the indicator heading words" : "")
                        + ": a sheet flattened into one line with nothing between its cells, which cannot be cut"
                        + " into cells; read a copy that keeps the table (the web page, .docx, .xlsx or PDF)";
            }
        }
        return null;
    }

    private static String kind(Row title) {
        String k = Text.key(title.text());
        return k.contains("自评") || k.contains("评价") ? "绩效自评表" : "绩效目标表";
    }

    private static String where(Row r) {
        if (r.at().line() != null) {
            return "line " + r.at().line();
        }
        if (r.at().page() != null) {
            return "page " + r.at().page();
        }
        return "an unknown position";
    }
}
