package dev.zhibiao.cli;

import java.util.List;

/**
 * {@code --format csv}: the indicator table, and the funding table when it has a file of its own;
 * UTF-8 with a byte-order mark (so Excel reads Chinese text right), RFC 4180 quoting, CRLF line
 * ends. Rows are written as each document is read.
 */
final class CsvSink implements Sink {
    private final Output indicators;
    private final Output funding;

    /**
     * @param indicators where the indicator table goes
     * @param funding    where the funding table goes, or null
     */
    CsvSink(Output indicators, Output funding) {
        this.indicators = indicators;
        this.funding = funding;
        header(indicators, FlatTable.INDICATORS);
        if (funding != null) {
            header(funding, FlatTable.FUNDING);
        }
    }

    private static void header(Output out, List<String> columns) {
        out.write("\uFEFF");
        out.write(line(columns.toArray()));
    }

    @Override
    public void accept(Outcome o) {
        for (Object[] r : FlatTable.indicators(o)) {
            indicators.write(line(r));
        }
        indicators.flush();
        if (funding != null) {
            for (Object[] r : FlatTable.funding(o)) {
                funding.write(line(r));
            }
            funding.flush();
        }
    }

    @Override
    public void finish(Summary summary) {
        indicators.flush();
        if (funding != null) {
            funding.flush();
        }
    }

    /**
     * @param cells a row
     * @return the row as one CSV record, CRLF-terminated
     */
    static String line(Object[] cells) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            String t = FlatTable.text(cells[i]);
            if (t.indexOf(',') >= 0 || t.indexOf('"') >= 0 || t.indexOf('\n') >= 0 || t.indexOf('\r') >= 0
                    || !t.isEmpty() && (Character.isWhitespace(t.charAt(0)) || Character.isWhitespace(t.charAt(t.length() - 1)))) {
                b.append('"').append(t.replace("\"", "\"\"")).append('"');
            } else {
                b.append(t);
            }
        }
        return b.append("\r\n").toString();
    }

    @Override
    public String toString() {
        return "CsvSink[" + (funding == null ? "indicators" : "indicators, funding") + "]";
    }
}
