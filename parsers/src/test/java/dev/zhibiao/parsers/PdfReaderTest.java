package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.internal.layout.Cell;
import dev.zhibiao.internal.layout.Document;
import dev.zhibiao.internal.layout.Row;
import dev.zhibiao.read.Format;
import dev.zhibiao.read.ReadException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.junit.jupiter.api.Test;
import technology.tabula.TextElement;

/** PDFs are drawn here with PDFBox (standard fonts, ASCII text), so no font or tool of the machine is needed. */
class PdfReaderTest {
    private static final float H = PDRectangle.A4.getHeight();

    /** Draws on one page; y is measured from the top. */
    interface Drawing {
        void draw(PDPageContentStream s) throws IOException;
    }

    static byte[] pdf(Drawing... pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (Drawing d : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                    d.draw(s);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    static void text(PDPageContentStream s, float x, float yTop, String t) throws IOException {
        s.beginText();
        s.setFont(PDType1Font.HELVETICA, 10);
        s.newLineAtOffset(x, H - yTop);
        s.showText(t);
        s.endText();
    }

    static void line(PDPageContentStream s, float x1, float y1, float x2, float y2) throws IOException {
        s.setLineWidth(0.8f);
        s.moveTo(x1, H - y1);
        s.lineTo(x2, H - y2);
        s.stroke();
    }

    private static List<String> texts(Row r) {
        return r.cells().stream().map(Cell::text).toList();
    }

    /**
     * A ruled table, 3 columns x 3 rows, whose first column's cell spans rows 2 and 3 and whose
     * first row's first cell spans columns 1 and 2; a title above it.
     */
    static void ruled(PDPageContentStream s) throws IOException {
        text(s, 100, 80, "Target sheet title");
        float[] xs = {100, 200, 300, 400};
        float[] ys = {100, 120, 140, 160};
        line(s, xs[0], ys[0], xs[3], ys[0]);
        line(s, xs[0], ys[1], xs[3], ys[1]);
        line(s, xs[1], ys[2], xs[3], ys[2]); // no rule under "Output": it spans rows 2 and 3
        line(s, xs[0], ys[3], xs[3], ys[3]);
        line(s, xs[0], ys[0], xs[0], ys[3]);
        line(s, xs[3], ys[0], xs[3], ys[3]);
        line(s, xs[2], ys[0], xs[2], ys[3]);
        line(s, xs[1], ys[1], xs[1], ys[3]); // no rule between columns 1 and 2 in row 1
        // row 1: [Project name (colspan 2)] [Alpha]
        text(s, 105, 114, "Project name");
        text(s, 305, 114, "Alpha");
        // rows 2-3: [Output (rowspan 2)] [Quantity] [>= 5]
        text(s, 105, 144, "Output");
        text(s, 205, 134, "Quantity");
        text(s, 305, 134, ">= 5");
        text(s, 205, 154, "Quality");
        text(s, 305, 154, "100%");
        text(s, 100, 200, "Note below the table");
    }

    @Test
    void ruledTablesBecomeGridRowsWithSpansExpandedAndProseAround() throws IOException {
        Document d = PdfReader.read(pdf(PdfReaderTest::ruled), "ruled.pdf");
        List<String> seen = d.rows().stream().map(r -> (r.table() ? "T:" : "P:") + String.join("|", texts(r))).toList();
        assertEquals(List.of("P:Target sheet title", "T:Project name||Alpha", "T:Output|Quantity|>= 5",
                "T:|Quality|100%", "P:Note below the table"), seen);
        for (Row r : d.rows()) {
            assertEquals(1, r.at().page());
        }
        assertEquals(3, d.rows().get(2).cells().get(2).at().column());
    }

    @Test
    void unruledTextIsSplitIntoLinesAndColumnsByPosition() throws IOException {
        byte[] bytes = pdf(s -> {
            text(s, 100, 80, "Sheet title");
            text(s, 100, 120, "Level 1");
            text(s, 200, 120, "Level 2");
            text(s, 300, 120, "Value");
            text(s, 100, 140, "Output");
            text(s, 200, 140, "Quantity");
            text(s, 300, 140, ">= 5");
            text(s, 200, 160, "Quality");
            text(s, 300, 160, "100%");
        }, s -> text(s, 100, 80, "Second page"));
        Document d = PdfReader.read(bytes, "unruled.pdf");
        List<String> seen = d.rows().stream().map(r -> (r.table() ? "T:" : "P:") + String.join("|", texts(r))).toList();
        assertEquals(List.of("P:Sheet title", "T:Level 1|Level 2|Value", "T:Output|Quantity|>= 5", "T:|Quality|100%",
                "P:Second page"), seen);
        assertEquals(2, d.rows().get(4).at().page());
    }

    /**
     * A borderless table whose cells are centred and wrap over two lines (so the lines of one cell
     * start at different x), with a first-column label centred over two rows and a column gap
     * narrower than a font size: columns come from the gutters, rows from the vertical gaps.
     */
    @Test
    void unruledWrappedCentredCellsStayInTheirColumnsAndRows() throws IOException {
        byte[] bytes = pdf(s -> {
            text(s, 100, 60, "Sheet title");
            text(s, 108, 100, "Level");
            text(s, 112, 112, "one");
            text(s, 172, 106, "Indicator name");
            text(s, 244, 106, "Value");
            text(s, 160, 140, "A long indicator");
            text(s, 190, 152, "name");
            text(s, 244, 146, ">= 95%");
            text(s, 104, 158, "Output");
            text(s, 110, 170, "total");
            text(s, 190, 181, "Time");
            text(s, 246, 181, "100%");
        });
        Document d = PdfReader.read(bytes, "wrapped.pdf");
        List<String> seen = d.rows().stream().map(r -> (r.table() ? "T:" : "P:") + String.join("|", texts(r))).toList();
        assertEquals(List.of("P:Sheet title", "T:Level one|Indicator name|Value", "T:Output total|A long indicator name|>= 95%",
                "T:|Time|100%"), seen);
    }

    @Test
    void linesOfOneCellJoinWithoutASpaceBetweenChineseCharacters() {
        assertEquals("参保人数(人)", dev.zhibiao.parsers.geometry.GlyphText.joinLines(List.of("参保人", "数(人)")));
        assertEquals("≥0.6万元", dev.zhibiao.parsers.geometry.GlyphText.joinLines(List.of("≥0.6万", "元")));
        assertEquals("rate of people", dev.zhibiao.parsers.geometry.GlyphText.joinLines(List.of("rate of", " people ", "")));
    }

    @Test
    void aLabelCentredAmongTheRowsItSpansMovesToTheTopOfTheSpan() {
        List<String[]> grid = new java.util.ArrayList<>(List.of(
                new String[] {"Goal", "text", "", ""},
                new String[] {"", "L1", "name a", "1"},
                new String[] {"", "", "name b", "2"},
                new String[] {"Indicators", "", "name c", "3"},
                new String[] {"", "", "name d", ""},
                new String[] {"", "", "name e", "note"}));
        dev.zhibiao.parsers.geometry.CentredSpans.liftCentredSpans(grid);
        assertEquals(List.of("Goal", "Indicators", "", "", "", ""), grid.stream().map(r -> r[0]).toList());
        // "L1" has no empty cell above it: it stays; the note in the last column has nothing right of it: it stays
        assertEquals("L1", grid.get(1)[1]);
        assertEquals("note", grid.get(5)[3]);
        assertEquals("", grid.get(4)[3]);
    }

    @Test
    void aRowCutByAPageBreakIsJoined() {
        Row prev = new Row(List.of(new Cell("", null), new Cell("Indicator with a long", null), new Cell("100%", null)),
                true, null);
        Row cont = new Row(List.of(new Cell("", null), new Cell("name", null), new Cell("", null)), true, null);
        Row next = new Row(List.of(new Cell("", null), new Cell("Other", null), new Cell("90%", null)), true, null);
        assertTrue(PdfReader.continues(prev, cont));
        assertFalse(PdfReader.continues(prev, next));
        assertEquals("Indicator with a long name", PdfReader.merge(prev, cont).cells().get(1).text());
    }

    @Test
    void anEncryptedPdfIsAOneLineError() throws IOException {
        byte[] plain = pdf(PdfReaderTest::ruled);
        byte[] locked;
        try (PDDocument doc = PDDocument.load(plain)) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            locked = out.toByteArray();
        }
        ReadException e = assertThrows(ReadException.class, () -> Readers.read(locked, "secret.pdf", Format.AUTO));
        assertTrue(e.getMessage().startsWith("secret.pdf: encrypted PDF"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void aPdfWithoutTextSaysSo() throws IOException {
        byte[] blank = pdf(s -> line(s, 100, 100, 300, 100));
        ReadException e = assertThrows(ReadException.class, () -> PdfReader.read(blank, "scan.pdf"));
        assertTrue(e.getMessage().startsWith("scan.pdf: PDF has no text layer"), e.getMessage());
    }

    @Test
    void aBrokenPdfIsAOneLineError() {
        byte[] junk = "%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage".getBytes(StandardCharsets.ISO_8859_1);
        ReadException e = assertThrows(ReadException.class, () -> Readers.read(junk, "broken.pdf", Format.AUTO));
        assertTrue(e.getMessage().startsWith("broken.pdf: "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void anEmptyFileIsAnError() {
        ReadException e = assertThrows(ReadException.class, () -> Readers.read(new byte[0], "empty.pdf", Format.PDF));
        assertEquals("empty.pdf: empty file", e.getMessage());
    }

    @Test
    void aPdfWithoutSheetsIsAnErrorNotAnEmptyResult() throws IOException {
        byte[] bytes = pdf(PdfReaderTest::ruled);
        ReadException e = assertThrows(ReadException.class, () -> Readers.read(bytes, "other.pdf", Format.AUTO));
        assertTrue(e.getMessage().startsWith("other.pdf: "), e.getMessage());
    }

    /** Two ruled tables printed one right under the other (touching): their columns are not mixed. */
    /**
     * A browser leaves a table cut by a page break open: the column rules run to the cut with no
     * rule across them. The cut cells still hold their text (a label centred in a merged cell that
     * runs on to the next page goes to its first row), and nothing is lost.
     */
    @Test
    void aTableLeftOpenAtAPageBreakKeepsItsCutCells() throws IOException {
        byte[] bytes = pdf(s -> {
            line(s, 100, 100, 400, 100);
            line(s, 200, 120, 400, 120);
            line(s, 200, 140, 400, 140);
            line(s, 200, 160, 400, 160); // no rule under the first column: "Output" runs on
            for (float x : new float[] {100, 200, 300, 400}) {
                line(s, x, 100, x, 160);
            }
            text(s, 105, 134, "Output"); // centred in its cell
            text(s, 205, 114, "Count");
            text(s, 305, 114, ">= 5");
            text(s, 205, 134, "Quality");
            text(s, 305, 134, "100%");
            text(s, 205, 154, "Time");
            text(s, 305, 154, "1 day");
        }, s -> {
            // the rest of the table: no rule on top
            line(s, 200, 70, 400, 70);
            line(s, 100, 90, 400, 90);
            for (float x : new float[] {100, 200, 300, 400}) {
                line(s, x, 50, x, 90);
            }
            text(s, 205, 64, "Cost");
            text(s, 305, 64, "<= 9");
            text(s, 205, 84, "Rate");
            text(s, 305, 84, "90%");
        });
        List<Row> rows = PdfReader.read(bytes, "t.pdf").rows();
        assertEquals(5, rows.size(), rows.toString());
        assertEquals(List.of("Output", "Count", ">= 5"), texts(rows.get(0)));
        assertEquals(List.of("", "Quality", "100%"), texts(rows.get(1)));
        assertEquals(List.of("", "Time", "1 day"), texts(rows.get(2)));
        assertEquals(List.of("", "Cost", "<= 9"), texts(rows.get(3)));
        assertEquals(List.of("", "Rate", "90%"), texts(rows.get(4)));
    }

    @Test
    void tablesPrintedOneUnderTheOtherKeepTheirOwnColumns() throws IOException {
        byte[] bytes = pdf(s -> {
            // table 1: 2 columns split at x=200; table 2 (from y=140): 3 columns split at 150 and 300
            line(s, 100, 100, 400, 100);
            line(s, 100, 120, 400, 120);
            line(s, 100, 140, 400, 140);
            line(s, 100, 160, 400, 160);
            line(s, 100, 180, 400, 180);
            line(s, 100, 100, 100, 180);
            line(s, 400, 100, 400, 180);
            line(s, 200, 100, 200, 140);
            line(s, 150, 140, 150, 180);
            line(s, 300, 140, 300, 180);
            text(s, 105, 114, "Project");
            text(s, 205, 114, "Alpha");
            text(s, 105, 134, "Goal");
            text(s, 205, 134, "Train staff");
            text(s, 105, 154, "Output");
            text(s, 155, 154, "Count");
            text(s, 305, 154, ">= 5");
            text(s, 105, 174, "Effect");
            text(s, 155, 174, "Rate");
            text(s, 305, 174, "100%");
        });
        List<Row> rows = PdfReader.read(bytes, "t.pdf").rows();
        assertEquals(List.of("Project", "Alpha"), texts(rows.get(0)));
        assertEquals(List.of("Goal", "Train staff"), texts(rows.get(1)));
        assertEquals(List.of("Output", "Count", ">= 5"), texts(rows.get(2)));
        assertEquals(List.of("Effect", "Rate", "100%"), texts(rows.get(3)));
    }

    /** A heading right above an unruled row is a prose line, not a cell of that row. */
    @Test
    void aHeadingAboveAnUnruledRowStaysProse() throws IOException {
        byte[] bytes = pdf(s -> {
            text(s, 100, 100, "2. Staff training fund target sheet");
            text(s, 100, 112, "Health bureau");
            text(s, 400, 112, "Unit: yuan");
        });
        List<Row> rows = PdfReader.read(bytes, "t.pdf").rows();
        assertFalse(rows.get(0).table(), rows.toString());
        assertEquals("2. Staff training fund target sheet", rows.get(0).text());
        assertTrue(rows.get(1).table(), rows.toString());
        assertEquals(List.of("Health bureau", "Unit: yuan"), texts(rows.get(1)));
    }

    /** A title wrapped at the right edge of the text is one prose line. */
    @Test
    void aWrappedTitleIsOneLine() throws IOException {
        String first = "A very long title of a performance target sheet that wraps at";
        byte[] bytes = pdf(s -> {
            text(s, 100, 100, first);
            text(s, 250, 111, "the margin");
            text(s, 200, 140, "(2020)");
        });
        List<Row> rows = PdfReader.read(bytes, "t.pdf").rows();
        assertEquals(first + " the margin", rows.get(0).text());
        assertEquals("(2020)", rows.get(1).text());
    }

    @Test
    void aRowCutInTwoSideBySideTablesIsJoined() {
        Row prev = row("", "Count", "4500", "", "Count", "4500");
        Row cont = row("", "", "yuan/set", "", "", "yuan/set");
        Row next = row("", "Rate", "100%", "", "Rate", "100%");
        Row halfOnly = row("", "", "yuan/set", "", "Rate", "");
        assertTrue(PdfReader.continues(prev, cont));
        assertFalse(PdfReader.continues(prev, next));
        assertFalse(PdfReader.continues(prev, halfOnly), "the halves are not filled alike");
        assertEquals(List.of("", "Count", "4500 yuan/set", "", "Count", "4500 yuan/set"),
                texts(PdfReader.merge(prev, cont)));
    }

    @Test
    void aCutRowOnTheNextPageIsPutOnThePreviousGrid() {
        Row next = row("", "rest of goal", "rest of result");
        Row moved = PdfGrid.onGrid(next, new float[] {56.5f, 132.3f, 314.2f},
                new float[] {56.4f, 133.1f, 200f, 314.2f, 450f});
        assertEquals(List.of("", "rest of goal", "", "rest of result", ""), texts(moved));
        assertEquals(null, PdfGrid.onGrid(next, new float[] {56.5f, 132.3f, 314.2f}, new float[] {56.4f, 250f}));
    }

    /** Glyphs of one line as a browser prints them: Chinese 10.5 wide, other characters half that, no gaps. */
    private static List<TextElement> glyphs(String t, float left, float top) {
        List<TextElement> out = new java.util.ArrayList<>();
        float x = left;
        for (int k = 0; k < t.length(); k++) {
            String c = t.substring(k, k + 1);
            float w = c.charAt(0) < 0x2000 ? 5.25f : 10.5f;
            out.add(new TextElement(top, x, w, 7f, null, 10.5f, c, 2.6f, 0f));
            x += w;
        }
        return out;
    }

    @Test
    void anIndicatorHeadingGivesTheColumnsOfRowsPrintedWithoutVisibleGaps() {
        List<TextElement> page = new java.util.ArrayList<>();
        page.addAll(glyphs("一级指标", 36, 100));
        page.addAll(glyphs("二级指标", 84, 100));
        page.addAll(glyphs("三级指标", 140, 100));
        page.addAll(glyphs("指标值", 200, 100));
        // 2 pt between the first two columns, half a point before the value: no gutter shows
        page.addAll(glyphs("产出指标", 36, 130));
        page.addAll(glyphs("数量指标", 80, 130));
        page.addAll(glyphs("参保人数比例", 140, 130));
        page.addAll(glyphs("100%", 203.5f, 130));
        page.addAll(glyphs("效益指标", 36, 160));
        page.addAll(glyphs("社会效益", 80, 160));
        page.addAll(glyphs("知晓率", 140, 160));
        page.addAll(glyphs("≥85%", 200, 160));
        List<Row> rows = PdfReader.looseRows(page, 1);
        assertEquals(3, rows.size());
        assertEquals(List.of("一级指标", "二级指标", "三级指标", "指标值"), texts(rows.get(0)));
        assertEquals(List.of("产出指标", "数量指标", "参保人数比例", "100%"), texts(rows.get(1)));
        assertEquals(List.of("效益指标", "社会效益", "知晓率", "≥85%"), texts(rows.get(2)));
    }

    @Test
    void withoutAnIndicatorHeadingRunsWithoutGapsStayWhole() {
        List<TextElement> page = new java.util.ArrayList<>();
        page.addAll(glyphs("项目名称", 36, 100));
        page.addAll(glyphs("医疗保险", 120, 100));
        page.addAll(glyphs("产出指标", 36, 130));
        page.addAll(glyphs("数量指标", 80, 130));
        List<Row> rows = PdfReader.looseRows(page, 1);
        assertTrue(rows.stream().anyMatch(r -> r.cells().stream().anyMatch(c -> c.text().equals("产出指标数量指标"))),
                rows.toString());
    }

    @Test
    void aTitleAndYearLineBetweenTwoUnruledTablesStayProse() {
        List<TextElement> page = new java.util.ArrayList<>();
        page.addAll(glyphs("一二三四五六七八九十一二三四", 36, 100));
        page.addAll(glyphs("甲乙丙丁戊己庚辛", 250, 100));
        page.addAll(glyphs("某某项目绩效目标表啊", 160, 140));
        page.addAll(glyphs("（2023年度）", 190, 160));
        page.addAll(glyphs("项目名称", 36, 190));
        page.addAll(glyphs("甲乙丙", 250, 190));
        List<Row> rows = PdfReader.looseRows(page, 1);
        assertTrue(rows.stream().anyMatch(r -> !r.table() && r.cells().get(0).text().equals("某某项目绩效目标表啊")),
                rows.toString());
        assertTrue(rows.stream().anyMatch(r -> !r.table() && r.cells().get(0).text().equals("（2023年度）")),
                rows.toString());
    }

    @Test
    void theLinesOfALabelPrintedApartBetweenRowsStayInTheTable() {
        List<TextElement> page = new java.util.ArrayList<>();
        page.addAll(glyphs("一级指标", 36, 85));
        page.addAll(glyphs("二级指标", 100, 85));
        page.addAll(glyphs("三级指标", 200, 85));
        page.addAll(glyphs("数量指标", 100, 100));
        page.addAll(glyphs("参保率", 200, 100));
        page.addAll(glyphs("产出", 36, 115));
        page.addAll(glyphs("指标", 36, 130));
        page.addAll(glyphs("质量指标", 100, 145));
        page.addAll(glyphs("报销比例", 200, 145));
        List<Row> rows = PdfReader.looseRows(page, 1);
        assertTrue(rows.stream().allMatch(Row::table), rows.toString());
    }

    @Test
    void aLabelOnALineOfTheParagraphBesideItIsACell() {
        List<TextElement> page = new java.util.ArrayList<>();
        page.addAll(glyphs("一".repeat(40), 83, 100));
        page.addAll(glyphs("绩效目标", 36, 112));
        page.addAll(glyphs("二".repeat(40), 84, 112));
        page.addAll(glyphs("三".repeat(10), 200, 124));
        List<Row> rows = PdfReader.looseRows(page, 1);
        assertEquals(1, rows.size());
        assertTrue(rows.get(0).table());
        assertEquals(List.of("绩效目标", "一".repeat(40) + "二".repeat(40) + "三".repeat(10)), texts(rows.get(0)));
    }

    @Test
    void aTitleWithAGapAboveAShorterCentredLineIsNoLabel() {
        List<TextElement> page = new java.util.ArrayList<>();
        page.addAll(glyphs("某某县医疗保障局", 100, 100));
        page.addAll(glyphs("医疗保险项目绩效目标表", 190, 100));
        page.addAll(glyphs("单位元", 250, 108));
        List<Row> rows = PdfReader.looseRows(page, 1);
        assertTrue(rows.stream().noneMatch(Row::table), rows.toString());
    }

    @Test
    void aRowOfItsOwnLabelAfterAPageBreakIsNotJoined() {
        Row prev = row("", "地方财政资金", "141619", "138543", "97.83%");
        assertFalse(PdfReader.continues(prev, row("", "其他资金", "", "", "")));
        Row cut = row("", "其中中央财政", "214526", "214526", "100%");
        assertTrue(PdfReader.continues(cut, row("", "资金", "", "", "")));
        assertTrue(PdfReader.continues(row("", "地方财政资金", "1", "1", "1%"), row("", "及其他", "", "", "")));
    }

    private static Row row(String... texts) {
        return new Row(java.util.Arrays.stream(texts).map(t -> new Cell(t, null)).toList(), true, null);
    }

    @Test
    void aPageWhoseContentCannotBeDecodedIsAOneLineErrorNamingThePage() throws IOException {
        byte[] bytes;
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage(PDRectangle.A4));
            PDPage bad = new PDPage(PDRectangle.A4);
            org.apache.pdfbox.pdmodel.common.PDStream content = new org.apache.pdfbox.pdmodel.common.PDStream(doc);
            try (java.io.OutputStream out = content.createOutputStream()) {
                out.write("not deflated at all".getBytes(StandardCharsets.US_ASCII));
            }
            content.getCOSObject().setItem(org.apache.pdfbox.cos.COSName.FILTER, org.apache.pdfbox.cos.COSName.FLATE_DECODE);
            bad.setContents(content);
            doc.addPage(bad);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            bytes = out.toByteArray();
        }
        java.io.PrintStream stderr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(captured, true, StandardCharsets.UTF_8));
        ReadException e;
        try {
            byte[] b = bytes;
            e = assertThrows(ReadException.class, () -> PdfReader.read(b, "bad.pdf"));
        } finally {
            System.setErr(stderr);
        }
        assertTrue(e.getMessage().startsWith("bad.pdf: page 2 of the PDF cannot be read"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
        assertEquals("", captured.toString(StandardCharsets.UTF_8), "nothing printed by the PDF libraries");
    }
}
