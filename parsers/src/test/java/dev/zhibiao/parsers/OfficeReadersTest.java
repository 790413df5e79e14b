package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Sheet;
import dev.zhibiao.internal.layout.Cell;
import dev.zhibiao.internal.layout.Document;
import dev.zhibiao.internal.layout.Row;
import dev.zhibiao.read.Format;
import dev.zhibiao.read.ReadException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class OfficeReadersTest {

    private static final String W_NS = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
    private static final String S_NS = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

    static byte[] zip(Map<String, String> parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> e : parts.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static byte[] docx(String body) throws IOException {
        return zip(Map.of("[Content_Types].xml", "<Types/>", "word/document.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + W_NS + "><w:body>" + body + "</w:body></w:document>"));
    }

    static String p(String text) {
        return "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>";
    }

    static String tc(String props, String... paragraphs) {
        StringBuilder b = new StringBuilder("<w:tc>");
        if (!props.isEmpty()) {
            b.append("<w:tcPr>").append(props).append("</w:tcPr>");
        }
        for (String x : paragraphs) {
            b.append(p(x));
        }
        return b.append("</w:tc>").toString();
    }

    /** A workbook with the given worksheets (XML of sheetData and after), shared strings and styles. */
    static byte[] xlsx(List<String> sheets, String shared, String styles) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        StringBuilder wb = new StringBuilder("<workbook " + S_NS + "><sheets>");
        StringBuilder rels = new StringBuilder(
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        for (int i = 0; i < sheets.size(); i++) {
            // relationship ids in reverse order: workbook order comes from <sheets>, not part names
            int part = sheets.size() - i;
            wb.append("<sheet name=\"S").append(i + 1).append("\" sheetId=\"").append(i + 1).append("\" r:id=\"rId")
                    .append(part).append("\"/>");
            rels.append("<Relationship Id=\"rId").append(part)
                    .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\""
                            + " Target=\"worksheets/sheet").append(part).append(".xml\"/>");
            parts.put("xl/worksheets/sheet" + part + ".xml", "<worksheet " + S_NS + ">" + sheets.get(i) + "</worksheet>");
        }
        parts.put("xl/workbook.xml", wb.append("</sheets></workbook>").toString());
        parts.put("xl/_rels/workbook.xml.rels", rels.append("</Relationships>").toString());
        if (shared != null) {
            parts.put("xl/sharedStrings.xml", "<sst " + S_NS + ">" + shared + "</sst>");
        }
        if (styles != null) {
            parts.put("xl/styles.xml", "<styleSheet " + S_NS + ">" + styles + "</styleSheet>");
        }
        return zip(parts);
    }

    private static List<String> texts(Row r) {
        return r.cells().stream().map(Cell::text).toList();
    }

    @Test
    void docxParagraphsAreProseAndTableRowsAreRowsWithSpansAndMergesAsEmptyCells() throws IOException {
        String body = p("项目支出绩效目标表")
                + "<w:p/>"
                + "<w:p><w:r><w:t>（2023</w:t></w:r><w:r><w:t>年度）</w:t></w:r></w:p>"
                + "<w:tbl>"
                + "<w:tr>" + tc("<w:gridSpan w:val=\"2\"/>", "项目名称") + tc("", "某项目") + "</w:tr>"
                + "<w:tr>" + tc("<w:vMerge w:val=\"restart\"/>", "产出指标") + tc("", "数量指标") + tc("", "≥5人") + "</w:tr>"
                + "<w:tr>" + tc("<w:vMerge/>", "产出指标") + tc("", "质量指标") + tc("", "目标1：巩固。", "目标2：提高。")
                + "</w:tr>"
                + "</w:tbl>";
        Document d = DocxReader.read(docx(body), "t.docx");
        List<Row> rows = d.rows();
        assertEquals(5, rows.size(), rows.toString());
        assertFalse(rows.get(0).table());
        assertEquals("项目支出绩效目标表", rows.get(0).text());
        assertEquals("（2023年度）", rows.get(1).text());
        // the empty paragraph counts as a block: the year line is block 3, the table rows 4, 5, 6
        assertEquals(3, rows.get(1).at().line());
        assertEquals(List.of("项目名称", "", "某项目"), texts(rows.get(2)));
        assertEquals(List.of("产出指标", "数量指标", "≥5人"), texts(rows.get(3)));
        assertEquals(List.of("", "质量指标", "目标1：巩固。\n目标2：提高。"), texts(rows.get(4)));
        assertEquals(6, rows.get(4).at().line());
        assertEquals(3, rows.get(4).cells().get(2).at().column());
        assertEquals(6, rows.get(4).cells().get(2).at().line());
        assertTrue(rows.get(4).table());
    }

    @Test
    void docxTabsBreaksHiddenRunsDeletionsFieldCodesAndTextBoxes() throws IOException {
        String body = "<w:p><w:r><w:t>标题</w:t><w:tab/><w:t>一</w:t><w:br/><w:t>二</w:t></w:r>"
                + "<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r>"
                + "<w:del><w:r><w:delText>删除</w:delText></w:r></w:del>"
                + "<w:r><w:instrText> PAGEREF _Toc1 \\h </w:instrText></w:r>"
                + "<w:r><w:pict><w:txbxContent>" + p("文本框") + "</w:txbxContent></w:pict></w:r>"
                + "<w:ins><w:r><w:t>插入</w:t></w:r></w:ins>"
                // a tracked move: the text at its new place is read, at its old place not
                + "<w:moveFrom><w:r><w:t>旧处</w:t></w:r></w:moveFrom><w:moveTo><w:r><w:t>移入</w:t></w:r></w:moveTo></w:p>"
                + "<w:tbl><w:tr>" + "<w:tc><w:p><w:r><w:t>甲</w:t><w:br/><w:t>乙</w:t><w:tab/><w:t>丙</w:t></w:r></w:p></w:tc>"
                + "</w:tr></w:tbl>";
        List<Row> rows = DocxReader.read(docx(body), "t.docx").rows();
        assertEquals(3, rows.size(), rows.toString());
        // a line break ends a prose row, as <br> does in HTML; in a cell it is a space
        assertEquals("标题 一", rows.get(0).text());
        assertEquals("二插入移入", rows.get(1).text());
        assertEquals(1, rows.get(1).at().line());
        assertEquals(List.of("甲 乙 丙"), texts(rows.get(2)));
    }

    @Test
    void docxNestedTablesFollowTheRowThatHoldsThem() throws IOException {
        String inner = "<w:tbl><w:tr>" + tc("", "一级指标") + tc("", "指标值") + "</w:tr><w:tr>" + tc("", "产出指标")
                + tc("", "100%") + "</w:tr></w:tbl>";
        String body = "<w:tbl><w:tr>" + tc("", "绩效指标") + "<w:tc>" + p("说明") + inner + "</w:tc></w:tr>"
                + "<w:tr>" + tc("", "备注") + tc("", "无") + "</w:tr></w:tbl>";
        List<Row> rows = DocxReader.read(docx(body), "t.docx").rows();
        assertEquals(4, rows.size(), rows.toString());
        assertEquals(List.of("绩效指标", "说明"), texts(rows.get(0)));
        assertEquals(List.of("一级指标", "指标值"), texts(rows.get(1)));
        assertEquals(List.of("产出指标", "100%"), texts(rows.get(2)));
        assertEquals(List.of("备注", "无"), texts(rows.get(3)));
        assertEquals(List.of(1, 2, 3, 4), rows.stream().map(r -> r.at().line()).toList());
    }

    @Test
    void xlsxSharedAndInlineStringsPercentsNumbersAndMergedRanges() throws IOException {
        String shared = "<si><t>项目支出绩效目标表</t></si><si><t>一级指标</t></si>"
                + "<si><r><t>指标</t></r><r><t>值</t></r><rPh><t>ふりがな</t></rPh></si>";
        String styles = "<numFmts><numFmt numFmtId=\"165\" formatCode=\"0.00%\"/></numFmts>"
                + "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"9\"/><xf numFmtId=\"165\"/><xf numFmtId=\"4\"/></cellXfs>";
        String sheet = "<sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"inlineStr\"><is><t>藏在合并里</t></is></c></row>"
                + "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>1</v></c><c r=\"C3\" t=\"s\"><v>2</v></c></row>"
                + "<row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><t>满意度</t></is></c><c r=\"B4\" s=\"1\"><v>0.95</v></c>"
                + "<c r=\"C4\" s=\"2\"><v>0.95</v></c><c r=\"D4\"><v>0.15000000000000002</v></c></row>"
                + "<row r=\"5\"><c r=\"A5\" t=\"inlineStr\"><is><t>金额</t></is></c><c r=\"B5\" s=\"3\"><v>1234567.5</v></c>"
                + "<c r=\"C5\"><v>0.95</v></c><c r=\"D5\" s=\"1\"><f>100%</f><v>1</v></c></row>"
                + "</sheetData><mergeCells count=\"1\"><mergeCell ref=\"A1:D1\"/></mergeCells>";
        Document d = XlsxReader.read(xlsx(List.of(sheet), shared, styles), "t.xlsx");
        List<Row> rows = d.rows();
        assertEquals(4, rows.size(), rows.toString());
        // the title merged across the sheet is prose; the cell hidden under the merge is not read
        assertFalse(rows.get(0).table());
        assertEquals("项目支出绩效目标表", rows.get(0).text());
        assertEquals(List.of("一级指标", "", "指标值", ""), texts(rows.get(1)));
        assertEquals(List.of("满意度", "95%", "95.00%", "0.15"), texts(rows.get(2)));
        assertEquals(List.of("金额", "1,234,567.50", "0.95", "=100%"), texts(rows.get(3)));
        // locators: spreadsheet row, column, worksheet
        Cell c = rows.get(2).cells().get(2);
        assertEquals(4, c.at().line());
        assertEquals(3, c.at().column());
        assertEquals(1, c.at().page());
        assertEquals(3, rows.get(1).at().line());
    }

    @Test
    void xlsxAValueTypedWithAnEqualsSignThatTheSpreadsheetCouldNotCompute() throws IOException {
        // =100.00(%) typed into a cell (the fiscal form prints values so) is a formula to a spreadsheet,
        // which stores #VALUE!: the value typed is read; a real formula's error stays as written
        String sheet = "<sheetData><row r=\"1\"><c r=\"A1\" t=\"e\"><f>100.00(%)</f><v>#VALUE!</v></c>"
                + "<c r=\"B1\" t=\"e\"><f>SUM(A2:A3)/0</f><v>#DIV/0!</v></c><c r=\"C1\" t=\"e\"><v>#N/A</v></c></row></sheetData>";
        List<Row> rows = XlsxReader.read(xlsx(List.of(sheet), null, null), "t.xlsx").rows();
        assertEquals(List.of("=100.00(%)", "#DIV/0!", "#N/A"), texts(rows.get(0)));
        assertTrue(XlsxReader.typed("≥90".substring(1)));
        assertFalse(XlsxReader.typed("A1*2"));
    }

    @Test
    void xlsxReadsEveryWorksheetInWorkbookOrder() throws IOException {
        String a = "<sheetData><row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>第一</t></is></c>"
                + "<c r=\"B2\" t=\"inlineStr\"><is><t>表</t></is></c></row></sheetData>";
        String b = "<sheetData><row r=\"7\"><c r=\"B7\" t=\"inlineStr\"><is><t>第二</t></is></c>"
                + "<c r=\"C7\" t=\"inlineStr\"><is><t>表</t></is></c></row></sheetData>";
        List<Row> rows = XlsxReader.read(xlsx(List.of(a, b), null, null), "t.xlsx").rows();
        assertEquals(2, rows.size());
        assertEquals(List.of("第一", "表"), texts(rows.get(0)));
        assertEquals(1, rows.get(0).at().page());
        assertEquals(List.of("", "第二", "表"), texts(rows.get(1)));
        assertEquals(2, rows.get(1).at().page());
        assertEquals(7, rows.get(1).at().line());
    }

    @Test
    void xlsxHiddenRowsAndColumnsAreNotPrinted() throws IOException {
        String sheet = "<cols><col min=\"2\" max=\"2\" hidden=\"1\"/><col min=\"3\" max=\"4\" hidden=\"false\"/></cols>"
                + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>甲</t></is></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><t>辅助</t></is></c><c r=\"C1\" t=\"inlineStr\"><is><t>乙</t></is></c></row>"
                + "<row r=\"2\" hidden=\"true\"><c r=\"A2\" t=\"inlineStr\"><is><t>隐藏</t></is></c>"
                + "<c r=\"C2\" t=\"inlineStr\"><is><t>行</t></is></c></row>"
                + "<row r=\"3\" hidden=\"false\"><c r=\"A3\" t=\"inlineStr\"><is><t>丙</t></is></c>"
                + "<c r=\"C3\" t=\"inlineStr\"><is><t>丁</t></is></c></row></sheetData>";
        List<Row> rows = XlsxReader.read(xlsx(List.of(sheet), null, null), "t.xlsx").rows();
        assertEquals(2, rows.size(), rows.toString());
        assertEquals(List.of("甲", "", "乙"), texts(rows.get(0)));
        assertEquals(List.of("丙", "", "丁"), texts(rows.get(1)));
        assertEquals(3, rows.get(1).at().line());
    }

    @Test
    void xlsxHiddenWorksheetsAreNotPrinted() throws IOException {
        String a = "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>下拉</t></is></c></row></sheetData>";
        String b = "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>表</t></is></c></row></sheetData>";
        byte[] book = xlsx(List.of(a, b), null, null);
        // the first sheet hidden (a dropdown list's source, as forms keep them)
        Map<String, String> parts = unzip(book);
        parts.put("xl/workbook.xml", parts.get("xl/workbook.xml").replace("<sheet name=\"S1\"", "<sheet state=\"hidden\" name=\"S1\""));
        List<Row> rows = XlsxReader.read(zip(parts), "t.xlsx").rows();
        assertEquals(1, rows.size(), rows.toString());
        assertEquals(List.of("表"), texts(rows.get(0)));
        assertEquals(2, rows.get(0).at().page(), "a worksheet keeps its place in the workbook");
        // every sheet hidden: read rather than nothing
        parts.put("xl/workbook.xml", parts.get("xl/workbook.xml").replace("<sheet name=\"S2\"", "<sheet state=\"veryHidden\" name=\"S2\""));
        assertEquals(2, XlsxReader.read(zip(parts), "t.xlsx").rows().size());
    }

    private static Map<String, String> unzip(byte[] bytes) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(bytes))) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                parts.put(e.getName(), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return parts;
    }

    @Test
    void numbersPrintWithoutFloatArtefacts() {
        assertEquals("0.95", XlsxReader.number("0.95", "", false));
        assertEquals("0.3", XlsxReader.number("0.30000000000000004", "General", false));
        assertEquals("95%", XlsxReader.number("0.95", "0%", false));
        assertEquals("12.50%", XlsxReader.number("0.125", "0.00%", false));
        assertEquals("3.00", XlsxReader.number("3", "0.00", false));
        assertEquals("1907400", XlsxReader.number("1907400", "General", false));
        assertEquals("1E+999999999", XlsxReader.number("1E999999999", "0.00%", false));
        assertEquals("2023-12-31", XlsxReader.number("45291", "yyyy-mm-dd", false));
        assertEquals("2023年12月31日", XlsxReader.number("45291", "yyyy\"年\"m\"月\"d\"日\"", false));
    }

    @Test
    void detectionFromBytes() throws IOException {
        assertEquals(Format.DOCX, Detector.detectBytes(docx(p("x")), "a.bin"));
        assertEquals(Format.XLSX, Detector.detectBytes(xlsx(List.of("<sheetData/>"), null, null), "a.bin"));
        ReadException other = assertThrows(ReadException.class,
                () -> Detector.detectBytes(zip(Map.of("readme.txt", "hi")), "a.zip"));
        assertTrue(other.getMessage().contains("neither a Word .docx nor an Excel .xlsx"), other.getMessage());
        assertFalse(other.getMessage().contains("encoding"));
    }

    static byte[] ole2(String streamName) {
        byte[] b = new byte[2048];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, b, 0, magic.length);
        byte[] name = streamName.getBytes(StandardCharsets.UTF_16LE);
        System.arraycopy(name, 0, b, 1024, name.length);
        return b;
    }

    @Test
    void legacyAndEncryptedOfficeFilesGetAClearError() {
        ReadException doc = assertThrows(ReadException.class, () -> Readers.read(ole2("WordDocument"), "a.doc", Format.AUTO));
        assertEquals("a.doc: a legacy Word .doc file: save it as .docx (or HTML) and read that", doc.getMessage());
        ReadException xls = assertThrows(ReadException.class, () -> Readers.read(ole2("Workbook"), "a.xls", Format.AUTO));
        assertTrue(xls.getMessage().contains("legacy Excel .xls"), xls.getMessage());
        ReadException enc = assertThrows(ReadException.class,
                () -> Readers.read(ole2("EncryptedPackage"), "a.docx", Format.AUTO));
        assertTrue(enc.getMessage().contains("encrypted (password-protected)"), enc.getMessage());
        ReadException forced = assertThrows(ReadException.class,
                () -> Readers.read(ole2("WordDocument"), "a.doc", Format.DOCX));
        assertTrue(forced.getMessage().contains("legacy Word .doc"), forced.getMessage());
        ReadException notZip = assertThrows(ReadException.class,
                () -> Readers.read("plain".getBytes(StandardCharsets.UTF_8), "a.txt", Format.XLSX));
        assertEquals("a.txt: not an Excel .xlsx file (no zip container)", notZip.getMessage());
        // Word's "save as RTF" was read as text: "no sheet found" for a file that holds one
        ReadException rtf = assertThrows(ReadException.class, () -> Readers.read(
                "{\\rtf1\\ansi\\ansicpg936 {\\fonttbl}项目名称}".getBytes(StandardCharsets.UTF_8), "a.rtf", Format.AUTO));
        assertEquals("a.rtf: an RTF file: save it as .docx (or HTML) and read that", rtf.getMessage());
    }

    @Test
    void xxeIsRefused() throws IOException {
        String evil = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<w:document " + W_NS + "><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>";
        byte[] bytes = zip(Map.of("word/document.xml", evil));
        ReadException e = assertThrows(ReadException.class, () -> Readers.document(bytes, "evil.docx", Format.AUTO));
        assertTrue(e.getMessage().contains("DTD"), e.getMessage());
        assertFalse(e.getMessage().contains("root:"), e.getMessage());
    }

    @Test
    void aZipBombIsRefused() throws IOException {
        // 70 MB of spaces inside a paragraph compress to about 70 KB
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("word/document.xml"));
            z.write(("<w:document " + W_NS + "><w:body><w:p><w:r><w:t>").getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 70; i++) {
                z.write(spaces);
            }
            z.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        ReadException e = assertThrows(ReadException.class, () -> Readers.document(out.toByteArray(), "bomb.docx", Format.AUTO));
        assertTrue(e.getMessage().contains("zip bomb"), e.getMessage());
    }

    @Test
    void aTruncatedZipIsAClearError() throws IOException {
        byte[] whole = docx(p("x"));
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length / 2);
        ReadException e = assertThrows(ReadException.class, () -> Readers.document(cut, "cut.docx", Format.AUTO));
        assertTrue(e.getMessage().startsWith("cut.docx: a damaged zip file"), e.getMessage());
    }

    @Test
    void damagedFilesReadOrFailWithAReadException() throws IOException {
        String body = p("项目支出绩效目标表") + "<w:tbl><w:tr>" + tc("<w:gridSpan w:val=\"2\"/>", "项目名称") + tc("", "某项目")
                + "</w:tr><w:tr>" + tc("<w:vMerge/>", "产出指标") + tc("", "≥5人") + "</w:tr></w:tbl>";
        String sheet = "<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" s=\"1\"><v>0.95</v></c></row>"
                + "</sheetData><mergeCells><mergeCell ref=\"A1:B2\"/></mergeCells>";
        List<byte[]> originals = List.of(docx(body), xlsx(List.of(sheet), "<si><t>一级指标</t></si>",
                "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"9\"/></cellXfs>"));
        java.util.Random random = new java.util.Random(20261123L);
        int read = 0;
        for (byte[] original : originals) {
            for (int i = 0; i < 400; i++) {
                byte[] b = original.clone();
                if (i % 4 == 0) {
                    b = java.util.Arrays.copyOf(b, 4 + random.nextInt(b.length - 4));
                } else {
                    for (int k = 0; k <= i % 7; k++) {
                        b[4 + random.nextInt(b.length - 4)] = (byte) random.nextInt(256);
                    }
                }
                try {
                    Readers.document(b, "damaged", Format.AUTO);
                    read++;
                } catch (ReadException e) {
                    assertTrue(e.getMessage().startsWith("damaged: ") && !e.getMessage().contains("\n"), e.getMessage());
                }
            }
        }
        assertTrue(read > 0, "some damage leaves the file readable");
    }

    @Test
    void aWordDocumentReadsToSheets() throws IOException {
        String body = p("项目支出绩效目标表") + p("（2023年度）") + "<w:tbl>"
                + "<w:tr>" + tc("", "项目名称") + tc("<w:gridSpan w:val=\"3\"/>", "某某项目") + "</w:tr>"
                + "<w:tr>" + tc("", "年度目标") + tc("<w:gridSpan w:val=\"3\"/>", "完成某某工作") + "</w:tr>"
                + "<w:tr>" + tc("", "一级指标") + tc("", "二级指标") + tc("", "三级指标") + tc("", "指标值") + "</w:tr>"
                + "<w:tr>" + tc("<w:vMerge w:val=\"restart\"/>", "产出指标") + tc("", "数量指标") + tc("", "培训人数")
                + tc("", "≥50人") + "</w:tr>"
                + "<w:tr>" + tc("<w:vMerge/>") + tc("", "质量指标") + tc("", "合格率") + tc("", "≥95%") + "</w:tr>"
                + "</w:tbl>";
        List<Sheet> sheets = Readers.read(docx(body), "t.docx", Format.AUTO);
        assertEquals(1, sheets.size());
        assertEquals("某某项目", sheets.get(0).project());
        assertEquals(2023, sheets.get(0).year());
        assertEquals(2, sheets.get(0).indicators().size());
        assertEquals("产出指标", sheets.get(0).indicators().get(1).level1());
    }
}
