package dev.zhibiao.cli;

import dev.zhibiao.Diagnostic;
import dev.zhibiao.FundingItem;
import dev.zhibiao.Indicator;
import dev.zhibiao.Sheet;
import dev.zhibiao.Target;
import dev.zhibiao.internal.layout.Cell;
import dev.zhibiao.internal.layout.Row;
import java.util.List;

/**
 * {@code --format html} / {@code report}: one self-contained HTML page for a batch. For every
 * sheet, the recovered sheet (facts, money block, indicators) beside the source rows it came from
 * (the rows the reader made, as {@code zhibiao rows} prints them); every diagnostic marked on its
 * row with its message, indicator rows linked both ways, remnants and values left unread
 * highlighted. Written as documents are read; the summary, known only at the end, is written last
 * and shown first (CSS order). No external resource; a few lines of script only count the sheets
 * and record script errors (for tests and curious readers).
 */
final class AuditPage implements Sink {
    private final Output out;
    private int docs;
    private int sheets;

    /** @param out where the page goes */
    AuditPage(Output out) {
        this.out = out;
        out.write(PageStyle.HEAD);
        out.flush();
    }

    @Override
    public void accept(Outcome o) {
        docs++;
        StringBuilder b = new StringBuilder();
        b.append("<section class=\"doc\" id=\"doc").append(docs).append("\"><h2>").append(esc(o.input().display()))
                .append("</h2>\n");
        if (!o.ok()) {
            b.append("<p class=\"error\" data-error>").append(esc(o.error())).append("</p></section>\n");
            out.write(b.toString());
            out.flush();
            return;
        }
        List<Row> rows = o.document() == null ? List.of() : o.document().rows();
        int[] starts = SourceRows.starts(o.sheets(), rows);
        if (starts.length > 0 && starts[0] > 0) {
            b.append("<details class=\"before\"><summary>").append(starts[0])
                    .append(" source rows before the first sheet</summary><table class=\"rows\">");
            for (int r = 0; r < starts[0]; r++) {
                b.append(plainRow(rows.get(r)));
            }
            b.append("</table></details>\n");
        }
        for (int i = 0; i < o.sheets().size(); i++) {
            int end = SourceRows.end(starts, i, rows.size());
            sheet(b, o.sheets().get(i), rows.subList(starts[i], end));
        }
        b.append("</section>\n");
        out.write(b.toString());
        out.flush();
    }

    private void sheet(StringBuilder b, Sheet s, List<Row> rows) {
        sheets++;
        String id = "s" + sheets;
        SourceRows.Marks marks = SourceRows.mark(s, rows);
        b.append("<article class=\"sheet\" id=\"").append(id).append("\" data-sheet>");
        b.append("<h3>").append(esc(s.kind().json())).append(' ').append(s.year() == null ? "" : s.year() + " ")
                .append(esc(s.project() == null ? "(no project)" : s.project()))
                .append(s.region() == null ? "" : " / " + esc(s.region()))
                .append(" <small>").append(esc(s.source())).append(", ").append(esc(s.locator().toString()))
                .append("; ").append(s.indicators().size()).append(" indicators, ").append(s.diagnostics().size())
                .append(" diagnostics, ").append(s.remnants().size()).append(" remnants</small></h3>\n");
        b.append("<div class=\"pair\"><div class=\"recovered\"><h4>Recovered</h4>");
        facts(b, s);
        indicators(b, s, id, marks);
        if (!s.remnants().isEmpty()) {
            b.append("<h4>Remnants (source text not placed)</h4><ul class=\"remnants\">");
            for (String r : s.remnants()) {
                b.append("<li class=\"remnant\">").append(esc(r)).append("</li>");
            }
            b.append("</ul>");
        }
        b.append("</div><div class=\"source\"><h4>Source rows</h4>");
        if (!marks.unplaced().isEmpty()) {
            b.append("<ul class=\"diags\">");
            for (Diagnostic d : marks.unplaced()) {
                b.append("<li class=\"").append(d.code().equals("value-unread") ? "unread" : "repair").append("\">")
                        .append("<b>").append(esc(d.code())).append("</b> ").append(esc(d.position().toString()))
                        .append(": ").append(esc(d.message())).append("</li>");
            }
            b.append("</ul>");
        }
        b.append("<table class=\"rows\">");
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            List<Diagnostic> ds = marks.diagnostics().getOrDefault(r, List.of());
            Integer ind = marks.indicatorOfRow().get(r);
            StringBuilder cls = new StringBuilder(row.table() ? "t" : "p");
            if (ds.stream().anyMatch(d -> !d.code().equals("value-unread"))) {
                cls.append(" repair");
            }
            if (ds.stream().anyMatch(d -> d.code().equals("value-unread"))
                    || ind != null && marks.unread().contains(ind)) {
                cls.append(" unread");
            }
            if (marks.remnantRows().contains(r)) {
                cls.append(" remnant");
            }
            b.append("<tr class=\"").append(cls).append("\"");
            if (ind != null) {
                b.append(" id=\"").append(id).append("-src").append(ind).append('"');
            }
            b.append("><th>").append(esc(row.at().toString()));
            if (ind != null) {
                b.append(" <a href=\"#").append(id).append("-ind").append(ind).append("\">#").append(ind).append("</a>");
            }
            b.append("</th>");
            for (Cell c : row.cells()) {
                b.append("<td>").append(esc(c.text())).append("</td>");
            }
            b.append("</tr>");
            for (Diagnostic d : ds) {
                b.append("<tr class=\"note\"><td></td><td colspan=\"").append(Math.max(1, row.cells().size()))
                        .append("\"><b>").append(esc(d.code())).append("</b> ").append(esc(d.message())).append("</td></tr>");
            }
        }
        b.append("</table></div></div></article>\n");
    }

    private static void facts(StringBuilder b, Sheet s) {
        b.append("<table class=\"facts\">");
        fact(b, "title", s.title());
        fact(b, "year", s.year() == null ? null : s.year().toString());
        fact(b, "project", s.project());
        fact(b, "region", s.region());
        s.parties().forEach((k, v) -> fact(b, k, v));
        if (!s.funding().items().isEmpty()) {
            StringBuilder f = new StringBuilder();
            for (FundingItem i : s.funding().items()) {
                f.append(f.length() == 0 ? "" : "; ").append(i);
            }
            fact(b, "funding" + (s.funding().unit() == null ? "" : " (" + s.funding().unit() + ")"), f.toString());
        }
        for (int g = 0; g < s.goals().size(); g++) {
            fact(b, "goal " + (g + 1), s.goals().get(g));
        }
        b.append("</table>");
        if (!s.attributes().isEmpty()) {
            b.append("<details><summary>").append(s.attributes().size()).append(" more facts</summary><table class=\"facts\">");
            s.attributes().forEach((k, v) -> fact(b, k, v));
            b.append("</table></details>");
        }
    }

    private static void fact(StringBuilder b, String k, String v) {
        if (v != null) {
            b.append("<tr><th>").append(esc(k)).append("</th><td>").append(esc(v)).append("</td></tr>");
        }
    }

    private static void indicators(StringBuilder b, Sheet s, String id, SourceRows.Marks marks) {
        if (s.indicators().isEmpty()) {
            b.append("<p class=\"none\">no indicators</p>");
            return;
        }
        boolean eval = s.indicators().stream().anyMatch(i -> i.actual() != null);
        boolean weights = s.indicators().stream().anyMatch(i -> i.weight() != null || i.score() != null);
        b.append("<table class=\"indicators\"><tr><th>#</th><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>指标值</th><th>target</th>");
        b.append(eval ? "<th>actual</th><th>met</th>" : "").append(weights ? "<th>weight</th><th>score</th>" : "").append("</tr>");
        for (int k = 1; k <= s.indicators().size(); k++) {
            Indicator i = s.indicators().get(k - 1);
            Integer src = marks.rowOfIndicator().get(k);
            b.append("<tr id=\"").append(id).append("-ind").append(k).append("\"").append(marks.unread().contains(k)
                    ? " class=\"unread\"" : "").append("><th>");
            if (src != null) {
                b.append("<a href=\"#").append(id).append("-src").append(k).append("\">").append(k).append("</a>");
            } else {
                b.append(k);
            }
            b.append("</th><td>").append(esc(i.level1())).append("</td><td>").append(esc(i.level2())).append("</td><td>")
                    .append(esc(i.name())).append("</td><td>").append(esc(i.value())).append("</td><td class=\"tg\">")
                    .append(esc(target(i.target()))).append("</td>");
            if (eval) {
                b.append("<td>").append(esc(i.actual())).append("</td><td>")
                        .append(i.met() == dev.zhibiao.Verdict.MET ? "✓" : i.met() == dev.zhibiao.Verdict.NOT_MET ? "✗" : "").append("</td>");
            }
            if (weights) {
                b.append("<td>").append(FlatTable.text(i.weight())).append("</td><td>").append(FlatTable.text(i.score()))
                        .append("</td>");
            }
            b.append("</tr>");
        }
        b.append("</table>");
    }

    private static String target(Target t) {
        return t == null ? "" : t instanceof Target.Qualitative ? "(text)" : t.toString();
    }

    private static String plainRow(Row row) {
        StringBuilder b = new StringBuilder("<tr class=\"").append(row.table() ? "t" : "p").append("\"><th>")
                .append(esc(row.at().toString())).append("</th>");
        for (Cell c : row.cells()) {
            b.append("<td>").append(esc(c.text())).append("</td>");
        }
        return b.append("</tr>").toString();
    }

    @Override
    public void finish(Summary s) {
        StringBuilder b = new StringBuilder("<section id=\"summary\"><h2>Summary</h2><p>");
        b.append(s.total()).append(s.total() == 1 ? " file: " : " files: ").append(s.read()).append(" read, ")
                .append("<span class=\"").append(s.failed() > 0 ? "bad" : "").append("\">").append(s.failed())
                .append(" failed</span>; <span id=\"sheet-count\">").append(s.sheets()).append("</span> sheets, ")
                .append(s.indicators()).append(" indicators, ").append(s.remnants()).append(" remnants.</p>");
        if (!s.diagnostics().isEmpty()) {
            b.append("<p class=\"codes\">Diagnostics by code: ");
            s.diagnostics().forEach((k, v) -> b.append("<span><b>").append(esc(k)).append("</b> ").append(v).append("</span> "));
            b.append("</p>");
        }
        if (!s.failures().isEmpty()) {
            b.append("<p>Failed: ");
            for (String f : s.failures()) {
                b.append("<span class=\"error\">").append(esc(f)).append("</span> ");
            }
            b.append("</p>");
        }
        b.append("<p class=\"legend\"><span class=\"repair\">repaired row</span> <span class=\"unread\">value not read</span> "
                + "<span class=\"remnant\">remnant (text not placed)</span> — #N links an indicator to its source row.</p>");
        b.append("</section>\n").append(PageStyle.TAIL);
        out.write(b.toString());
        out.flush();
    }

    /** @return text escaped for HTML (null as empty) */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c < 0x20 && c != '\t' && c != '\n' ? ' ' : c);
            }
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return "AuditPage[" + docs + " documents, " + sheets + " sheets]";
    }
}
