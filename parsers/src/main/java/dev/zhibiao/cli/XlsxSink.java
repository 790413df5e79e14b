package dev.zhibiao.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * {@code --format xlsx}: an Excel workbook with two worksheets, {@code indicators} and
 * {@code funding}, written with the JDK alone ({@code java.util.zip} and plain SpreadsheetML text:
 * inline strings, numbers as numbers, a bold frozen header row). The indicator sheet is streamed
 * as documents are read; the funding rows (a few per sheet) wait in memory for the second sheet.
 */
final class XlsxSink implements Sink {
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private final Output out;
    private final ZipOutputStream zip;
    private final List<Object[]> funding = new ArrayList<>();
    private int row;

    /** @param out where the workbook goes */
    XlsxSink(Output out) {
        this.out = out;
        this.zip = new ZipOutputStream(out.stream(), StandardCharsets.UTF_8);
        try {
            entry("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet2.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                    + "</Types>");
            entry("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + REL + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            entry("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\"><sheets>"
                    + "<sheet name=\"indicators\" sheetId=\"1\" r:id=\"rId1\"/>"
                    + "<sheet name=\"funding\" sheetId=\"2\" r:id=\"rId2\"/>"
                    + "</sheets></workbook>");
            entry("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + REL + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"" + REL + "/worksheet\" Target=\"worksheets/sheet2.xml\"/>"
                    + "<Relationship Id=\"rId3\" Type=\"" + REL + "/styles\" Target=\"styles.xml\"/>"
                    + "</Relationships>");
            entry("xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<styleSheet xmlns=\"" + MAIN + "\">"
                    + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
                    + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
                    + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
                    + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
                    + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                    + "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                    + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/></cellXfs>"
                    + "</styleSheet>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(sheetStart().getBytes(StandardCharsets.UTF_8));
            zip.write(row(++row, FlatTable.INDICATORS.toArray(), true).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new Output.OutputFailed(e);
        }
    }

    private void entry(String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String sheetStart() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"" + MAIN + "\">"
                + "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
                + "</sheetView></sheetViews><sheetData>";
    }

    @Override
    public void accept(Outcome o) {
        try {
            StringBuilder b = new StringBuilder();
            for (Object[] r : FlatTable.indicators(o)) {
                b.append(row(++row, r, false));
            }
            zip.write(b.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new Output.OutputFailed(e);
        }
        funding.addAll(FlatTable.funding(o));
        out.flush();
    }

    @Override
    public void finish(Summary summary) {
        try {
            zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet2.xml"));
            zip.write(sheetStart().getBytes(StandardCharsets.UTF_8));
            int n = 0;
            zip.write(row(++n, FlatTable.FUNDING.toArray(), true).getBytes(StandardCharsets.UTF_8));
            for (Object[] r : funding) {
                zip.write(row(++n, r, false).getBytes(StandardCharsets.UTF_8));
            }
            zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
        } catch (IOException e) {
            throw new Output.OutputFailed(e);
        }
        out.flush();
    }

    /** One spreadsheet row: strings inline, numbers as numbers, empty cells left out. */
    static String row(int n, Object[] cells, boolean header) {
        StringBuilder b = new StringBuilder("<row r=\"").append(n).append("\">");
        for (int i = 0; i < cells.length; i++) {
            Object c = cells[i];
            if (c == null || c instanceof String s && s.isEmpty()) {
                continue;
            }
            String ref = column(i) + n;
            if (c instanceof BigDecimal d) {
                b.append("<c r=\"").append(ref).append("\"><v>").append(d.toPlainString()).append("</v></c>");
            } else {
                b.append("<c r=\"").append(ref).append('"').append(header ? " s=\"1\"" : "")
                        .append(" t=\"inlineStr\"><is><t xml:space=\"preserve\">").append(xml(c.toString()))
                        .append("</t></is></c>");
            }
        }
        return b.append("</row>").toString();
    }

    /** @return the column letters of a 0-based index: A, B, ..., Z, AA, ... */
    static String column(int i) {
        StringBuilder b = new StringBuilder();
        for (int k = i + 1; k > 0; k = (k - 1) / 26) {
            b.insert(0, (char) ('A' + (k - 1) % 26));
        }
        return b.toString();
    }

    /** Escapes markup and drops characters XML 1.0 cannot hold (control characters). */
    static String xml(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        if (c != 0xFFFE && c != 0xFFFF) {
                            b.append(c);
                        }
                    }
                }
            }
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return "XlsxSink[" + row + " rows]";
    }
}
