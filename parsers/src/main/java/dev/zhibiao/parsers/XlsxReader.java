package dev.zhibiao.parsers;

import dev.zhibiao.Locator;
import dev.zhibiao.internal.layout.Cell;
import dev.zhibiao.internal.layout.Document;
import dev.zhibiao.internal.layout.Row;
import dev.zhibiao.read.ReadException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Excel workbooks (.xlsx, SpreadsheetML), read with the JDK's zip and XML parser.
 *
 * <p>Every worksheet is read in workbook order (a sheet tab often holds one 绩效目标表). Each
 * spreadsheet row with any non-empty cell is a table row whose cells run from column A to the
 * worksheet's last used column (empty cells are empty strings). A row whose only text is in column A
 * and is merged across the worksheet's used width, or that comes before any row with two cells of
 * text (a title or year line typed in A1), is a line of prose, as a title printed above a table. Merged ranges ({@code mergeCells}) keep
 * their text in the top-left cell and leave the others empty. Text comes from shared strings
 * (phonetic runs left out), inline strings and formula results; booleans print as TRUE/FALSE,
 * errors as written ({@code #N/A}). A formula that is only a number or a percent ({@code =100%}, which
 * Excel makes of a target typed as "=100%") is printed as typed, with its equals sign.
 *
 * <p>Numbers are printed as Excel prints them for simple number formats: the stored value rounded
 * to 15 significant digits (so {@code 0.95} stays {@code 0.95}, float artefacts go), percent
 * formats ({@code 0%}, {@code 0.00%}) as percents ({@code 95%}, {@code 95.00%}), a fixed number of
 * decimals ({@code 0.00}, {@code #,##0.00}) with those decimals and the thousands separator the
 * format asks for, and date formats as dates ({@code 2023年12月31日} when the format is Chinese, else
 * {@code 2023-12-31}). Other formats print the plain value.
 *
 * <p>Not read: hidden rows, columns and worksheets (they are not printed; a hidden column stays as
 * an empty cell, so columns keep their letters, and a worksheet's {@code page} stays its place in the
 * workbook), comments, drawings, charts, text boxes, headers and footers.
 *
 * <p>Locators: {@code line} is the 1-based spreadsheet row number, {@code column} the 1-based column
 * (A = 1), {@code page} the 1-based index of the worksheet in workbook order.
 */
final class XlsxReader {
    static final String S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    /** Excel's last column (XFD) and last row. */
    private static final int MAX_COL = 16_384;
    private static final int MAX_ROW = 1_048_576;

    /** A formula that is a plain number or percent. */
    private static final java.util.regex.Pattern CONSTANT = java.util.regex.Pattern.compile("[+-]?\\d+(?:\\.\\d+)?%?");

    private XlsxReader() {
    }

    /**
     * Whether a formula is a value typed after {@code =} rather than a computation: no cell reference or
     * function (no Latin letter), a digit, nothing but digits, signs, brackets, percent and separators.
     */
    static boolean typed(String formula) {
        boolean digit = false;
        for (int i = 0; i < formula.length(); i++) {
            char ch = formula.charAt(i);
            if (ch >= '0' && ch <= '9') {
                digit = true;
            } else if ("+-.,%()（）:：/ ".indexOf(ch) < 0) {
                return false;
            }
        }
        return digit;
    }

    static Document read(byte[] bytes, String source) throws ReadException {
        return read(bytes, source, dev.zhibiao.read.Limits.defaults());
    }

    static Document read(byte[] bytes, String source, dev.zhibiao.read.Limits limits) throws ReadException {
        OfficeZip zip = OfficeZip.open(bytes, source, limits);
        // a part listed twice is read once: a workbook listing one sheet 3,000 times would otherwise
        // give its rows 3,000 times (nothing is lost: the repeats are the same rows)
        Map<String, Integer> sheetIndex = worksheets(zip);
        List<String> sheets = new ArrayList<>(sheetIndex.keySet());
        if (sheets.isEmpty()) {
            throw new ReadException(source, "Excel workbook holds no worksheet");
        }
        if (sheets.size() > limits.worksheets()) {
            throw limits.exceeded(source, "worksheets", "the workbook lists " + sheets.size() + " worksheets");
        }
        List<String> shared = zip.has("xl/sharedStrings.xml") ? sharedStrings(zip.xml("xl/sharedStrings.xml")) : List.of();
        Styles styles = zip.has("xl/styles.xml") ? Styles.of(zip.xml("xl/styles.xml")) : Styles.NONE;
        boolean date1904 = false;
        Element wb = zip.xml("xl/workbook.xml");
        Element pr = child(wb, "workbookPr");
        if (pr != null) {
            String v = pr.getAttribute("date1904");
            date1904 = isTrue(v);
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < sheets.size(); i++) {
            if (zip.has(sheets.get(i))) {
                sheet(zip.xml(sheets.get(i)), sheetIndex.get(sheets.get(i)), shared, styles, date1904, rows, source);
            }
        }
        if (rows.stream().allMatch(Row::isEmpty)) {
            throw new ReadException(source, "Excel workbook holds no text");
        }
        return new Document(source, rows);
    }

    /**
     * Worksheet part names in workbook order, each with its 1-based place among the workbook's sheets
     * (chart sheets and missing parts left out; a part listed twice kept once). A hidden worksheet
     * ({@code state="hidden"} or {@code "veryHidden"}: dropdown lists, a blank copy of the form, last
     * year's draft) is not printed and is left out as hidden rows are, unless every worksheet is hidden.
     */
    private static Map<String, Integer> worksheets(OfficeZip zip) throws ReadException {
        Element wb = zip.xml("xl/workbook.xml");
        Map<String, String> targets = new HashMap<>();
        if (zip.has("xl/_rels/workbook.xml.rels")) {
            Element rels = zip.xml("xl/_rels/workbook.xml.rels");
            for (Node n = rels.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && "Relationship".equals(e.getLocalName())) {
                    String t = e.getAttribute("Target");
                    String part = t.startsWith("/") ? t.substring(1) : normalize("xl/" + t);
                    targets.put(e.getAttribute("Id"), part);
                }
            }
        }
        Map<String, Integer> out = new java.util.LinkedHashMap<>();
        Map<String, Integer> hidden = new java.util.LinkedHashMap<>();
        Element sheets = child(wb, "sheets");
        if (sheets != null) {
            int index = 0;
            for (Node n = sheets.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && "sheet".equals(e.getLocalName())) {
                    index++;
                    String part = targets.get(e.getAttributeNS(R, "id"));
                    if (part != null && zip.has(part) && part.contains("worksheets/")) {
                        String state = e.getAttribute("state");
                        (state.equals("hidden") || state.equals("veryHidden") ? hidden : out).putIfAbsent(part, index);
                    }
                }
            }
        }
        if (out.isEmpty()) {
            out.putAll(hidden); // every worksheet hidden: read them rather than nothing
        }
        if (out.isEmpty()) {
            // no usable relationships: the worksheets by number
            TreeMap<Integer, String> byNumber = new TreeMap<>();
            for (String n : zip.names()) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("xl/worksheets/sheet(\\d{1,6})\\.xml").matcher(n);
                if (m.matches()) {
                    byNumber.put(Integer.parseInt(m.group(1)), n);
                }
            }
            int index = 0;
            for (String part : byNumber.values()) {
                out.put(part, ++index);
            }
        }
        return out;
    }

    /** Resolves {@code ..} and {@code .} in a part name. */
    private static String normalize(String path) {
        List<String> parts = new ArrayList<>();
        for (String p : path.split("/")) {
            if (p.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
            } else if (!p.isEmpty() && !p.equals(".")) {
                parts.add(p);
            }
        }
        return String.join("/", parts);
    }

    private static List<String> sharedStrings(Element sst) {
        List<String> out = new ArrayList<>();
        for (Node n = sst.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element si && "si".equals(si.getLocalName())) {
                out.add(richText(si));
            }
        }
        return out;
    }

    /** The text of an {@code si} or {@code is} element: its {@code t} and runs' {@code t}, phonetic runs left out. */
    private static String richText(Element e) {
        StringBuilder b = new StringBuilder();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                if ("t".equals(c.getLocalName())) {
                    b.append(c.getTextContent());
                } else if ("r".equals(c.getLocalName())) {
                    Element t = child(c, "t");
                    if (t != null) {
                        b.append(t.getTextContent());
                    }
                }
            }
        }
        return b.toString();
    }

    private static void sheet(Element ws, int page, List<String> shared, Styles styles, boolean date1904, List<Row> out,
            String source) throws ReadException {
        TreeMap<Integer, TreeMap<Integer, String>> grid = new TreeMap<>();
        java.util.BitSet hiddenColumns = new java.util.BitSet();
        Element cols = child(ws, "cols");
        if (cols != null) {
            for (Node n = cols.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element col && "col".equals(col.getLocalName()) && isTrue(col.getAttribute("hidden"))) {
                    int min = Math.max(1, parseInt(col.getAttribute("min"), 1));
                    int max = Math.min(MAX_COL, parseInt(col.getAttribute("max"), min));
                    if (min <= max) {
                        hiddenColumns.set(min, max + 1);
                    }
                }
            }
        }
        Element data = child(ws, "sheetData");
        if (data != null) {
            int rowNo = 0;
            for (Node n = data.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (!(n instanceof Element row) || !"row".equals(row.getLocalName())) {
                    continue;
                }
                int r = parseInt(row.getAttribute("r"), rowNo + 1);
                rowNo = r;
                if (isTrue(row.getAttribute("hidden"))) {
                    continue; // not printed
                }
                int colNo = 0;
                for (Node m = row.getFirstChild(); m != null; m = m.getNextSibling()) {
                    if (!(m instanceof Element c) || !"c".equals(c.getLocalName())) {
                        continue;
                    }
                    int col = colNo + 1;
                    String ref = c.getAttribute("r");
                    if (!ref.isEmpty()) {
                        int[] rc = ref(ref);
                        if (rc != null) {
                            col = rc[1];
                        }
                    }
                    colNo = col;
                    if (r < 1 || r > MAX_ROW || col < 1 || col > MAX_COL || hiddenColumns.get(col)) {
                        continue;
                    }
                    String text = value(c, shared, styles, date1904);
                    if (!text.isEmpty()) {
                        grid.computeIfAbsent(r, k -> new TreeMap<>()).put(col, text);
                    }
                }
            }
        }
        int width = 0;
        Map<Long, Integer> mergeEnd = new HashMap<>(); // top-left (row << 20 | col) -> last column
        Element merges = child(ws, "mergeCells");
        if (merges != null) {
            for (Node n = merges.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element mc && "mergeCell".equals(mc.getLocalName())) {
                    String[] range = mc.getAttribute("ref").split(":");
                    int[] a = range.length == 2 ? ref(range[0]) : null;
                    int[] b = range.length == 2 ? ref(range[1]) : null;
                    if (a == null || b == null) {
                        continue;
                    }
                    int r0 = Math.min(a[0], b[0]);
                    int r1 = Math.max(a[0], b[0]);
                    int c0 = Math.min(a[1], b[1]);
                    int c1 = Math.max(a[1], b[1]);
                    boolean used = false;
                    for (Map.Entry<Integer, TreeMap<Integer, String>> e : grid.subMap(r0, true, r1, true).entrySet()) {
                        for (Map.Entry<Integer, String> ce : e.getValue().subMap(c0, true, c1, true).entrySet()) {
                            if (e.getKey() == r0 && ce.getKey() == c0) {
                                used = true;
                            } else {
                                ce.setValue(""); // hidden under the merge
                            }
                        }
                    }
                    if (used) {
                        width = Math.max(width, c1);
                        mergeEnd.put((long) r0 << 20 | c0, c1);
                    }
                }
            }
        }
        for (TreeMap<Integer, String> cells : grid.values()) {
            for (Map.Entry<Integer, String> e : cells.entrySet()) {
                if (!e.getValue().isEmpty()) {
                    width = Math.max(width, e.getKey());
                }
            }
        }
        boolean preamble = true;
        for (Map.Entry<Integer, TreeMap<Integer, String>> e : grid.entrySet()) {
            int r = e.getKey();
            TreeMap<Integer, String> cells = e.getValue();
            long filled = cells.values().stream().filter(t -> !t.isBlank()).count();
            if (filled == 0) {
                continue;
            }
            String first = cells.getOrDefault(1, "");
            if (filled == 1 && !first.isBlank()) {
                Integer end = mergeEnd.get((long) r << 20 | 1);
                if (end == null ? preamble : end >= width) {
                    // a line across the sheet (merged over its width) or above its tables: prose
                    out.add(Row.prose(HtmlReader.squeeze(first), new Locator(r, null, page)));
                    continue;
                }
            }
            if (filled > 1) {
                preamble = false;
            }
            List<Cell> row = new ArrayList<>(width);
            for (int c = 1; c <= width; c++) {
                row.add(new Cell(cells.getOrDefault(c, ""), new Locator(r, c, page)));
            }
            out.add(new Row(row, true, new Locator(r, null, page)));
        }
    }

    /** A cell's value as printed. */
    private static String value(Element c, List<String> shared, Styles styles, boolean date1904) {
        String type = c.getAttribute("t");
        Element v = child(c, "v");
        String raw = v == null ? null : v.getTextContent();
        switch (type) {
            case "inlineStr" -> {
                Element is = child(c, "is");
                return is == null ? (raw == null ? "" : raw) : richText(is);
            }
            case "s" -> {
                int i = parseInt(raw == null ? "" : raw.strip(), -1);
                return i >= 0 && i < shared.size() ? shared.get(i) : "";
            }
            case "e" -> {
                Element f = child(c, "f");
                if (f != null && typed(f.getTextContent().strip())) {
                    // an error of a "formula" that was a value typed with = (=100.00(%), which a spreadsheet
                    // imported as a formula and could not compute): the value typed, not #VALUE!
                    return "=" + f.getTextContent().strip();
                }
                return raw == null ? "" : raw;
            }
            case "str", "d" -> {
                return raw == null ? "" : raw;
            }
            case "b" -> {
                return raw == null ? "" : raw.strip().equals("1") ? "TRUE" : "FALSE";
            }
            default -> {
                Element f = child(c, "f");
                if (f != null && CONSTANT.matcher(f.getTextContent().strip()).matches()) {
                    // a formula that is only a constant is what the author typed: "=100%" (equal to 100%)
                    return "=" + f.getTextContent().strip();
                }
                if (raw == null || raw.isBlank()) {
                    return "";
                }
                return number(raw.strip(), styles.format(parseInt(c.getAttribute("s"), 0)), date1904);
            }
        }
    }

    /**
     * A number as a format prints it.
     *
     * @param raw    the stored value
     * @param format the number format code, or "" for General
     */
    static String number(String raw, String format, boolean date1904) {
        BigDecimal d;
        try {
            d = new BigDecimal(raw);
        } catch (NumberFormatException e) {
            return raw;
        }
        d = d.round(new MathContext(15, RoundingMode.HALF_EVEN));
        if (d.signum() != 0 && (d.precision() - d.scale() > 21 || d.precision() - d.scale() < -20)) {
            // beyond what Excel prints in full: scientific, as Excel shows it (and no huge plain string)
            return d.stripTrailingZeros().toString();
        }
        String f = stripLiterals(format.split(";", -1)[0]);
        if (f.contains("%")) {
            int decimals = decimals(f.substring(0, f.indexOf('%')));
            return plain(d.movePointRight(2).setScale(decimals, RoundingMode.HALF_UP), f.contains(",")) + "%";
        }
        if (isDate(f)) {
            String date = date(d, date1904, format);
            if (date != null) {
                return date;
            }
        }
        if (f.matches("[#0,]*0(\\.0+)?")) {
            int decimals = decimals(f);
            return plain(d.setScale(decimals, RoundingMode.HALF_UP), f.contains(","));
        }
        return plain(d.stripTrailingZeros(), false);
    }

    private static String plain(BigDecimal d, boolean grouping) {
        String s = d.toPlainString();
        if (d.signum() == 0 && s.startsWith("-")) {
            s = s.substring(1);
        }
        if (!grouping) {
            return s;
        }
        boolean neg = s.startsWith("-");
        String abs = neg ? s.substring(1) : s;
        int dot = abs.indexOf('.');
        String ip = dot < 0 ? abs : abs.substring(0, dot);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < ip.length(); i++) {
            if (i > 0 && (ip.length() - i) % 3 == 0) {
                b.append(',');
            }
            b.append(ip.charAt(i));
        }
        return (neg ? "-" : "") + b + (dot < 0 ? "" : abs.substring(dot));
    }

    /** The number of {@code 0} or {@code #} after the decimal point. */
    private static int decimals(String f) {
        int dot = f.indexOf('.');
        if (dot < 0) {
            return 0;
        }
        int n = 0;
        for (int i = dot + 1; i < f.length() && (f.charAt(i) == '0' || f.charAt(i) == '#'); i++) {
            n++;
        }
        return Math.min(n, 30);
    }

    /** The format code without quoted literals, escapes, colours and fill characters. */
    private static String stripLiterals(String f) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c == '"') {
                int end = f.indexOf('"', i + 1);
                i = end < 0 ? f.length() : end;
            } else if (c == '\\' || c == '_' || c == '*') {
                i++;
            } else if (c == '[') {
                int end = f.indexOf(']', i + 1);
                i = end < 0 ? f.length() : end;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean isDate(String f) {
        String l = f.toLowerCase(java.util.Locale.ROOT);
        return !l.equals("general") && (l.contains("y") || l.contains("d") || l.contains("m") && !l.contains("0"));
    }

    private static String date(BigDecimal serial, boolean date1904, String format) {
        if (serial.signum() < 0 || serial.compareTo(BigDecimal.valueOf(2_958_465)) > 0) {
            return null;
        }
        long days = serial.longValue();
        LocalDate d;
        if (date1904) {
            d = LocalDate.of(1904, 1, 1).plusDays(days);
        } else {
            // Excel counts 1900-02-29, which did not exist
            d = LocalDate.of(1899, 12, 31).plusDays(days > 59 ? days - 1 : days);
        }
        String lower = format.toLowerCase(java.util.Locale.ROOT);
        if (format.contains("年")) {
            if (!lower.contains("d") && !format.contains("日")) {
                return d.getYear() + "年" + d.getMonthValue() + "月";
            }
            return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
        }
        return d.toString();
    }

    /** Cell styles: the number format code of each {@code cellXfs} entry. */
    record Styles(List<String> formats) {
        static final Styles NONE = new Styles(List.of());

        /** Excel's built-in number formats that matter here (the others print as General). */
        private static final Map<Integer, String> BUILTIN = Map.ofEntries(Map.entry(1, "0"), Map.entry(2, "0.00"),
                Map.entry(3, "#,##0"), Map.entry(4, "#,##0.00"), Map.entry(9, "0%"), Map.entry(10, "0.00%"),
                Map.entry(14, "yyyy-mm-dd"), Map.entry(15, "d-mmm-yy"), Map.entry(16, "d-mmm"),
                Map.entry(17, "mmm-yy"), Map.entry(22, "yyyy-mm-dd h:mm"), Map.entry(31, "yyyy\"年\"m\"月\"d\"日\""),
                Map.entry(57, "yyyy\"年\"m\"月\""), Map.entry(58, "m\"月\"d\"日\""));

        static Styles of(Element styleSheet) {
            Map<Integer, String> custom = new HashMap<>();
            Element numFmts = child(styleSheet, "numFmts");
            if (numFmts != null) {
                for (Node n = numFmts.getFirstChild(); n != null; n = n.getNextSibling()) {
                    if (n instanceof Element e && "numFmt".equals(e.getLocalName())) {
                        custom.put(parseInt(e.getAttribute("numFmtId"), -1), e.getAttribute("formatCode"));
                    }
                }
            }
            List<String> formats = new ArrayList<>();
            Element xfs = child(styleSheet, "cellXfs");
            if (xfs != null) {
                for (Node n = xfs.getFirstChild(); n != null; n = n.getNextSibling()) {
                    if (n instanceof Element e && "xf".equals(e.getLocalName())) {
                        int id = parseInt(e.getAttribute("numFmtId"), 0);
                        String f = custom.get(id);
                        formats.add(f != null ? f : BUILTIN.getOrDefault(id, ""));
                    }
                }
            }
            return new Styles(formats);
        }

        String format(int xf) {
            return xf >= 0 && xf < formats.size() ? formats.get(xf) : "";
        }
    }

    /** @return {row, column} (1-based) of a reference such as {@code B12} or {@code $B$12}, or null */
    static int[] ref(String ref) {
        int i = 0;
        int col = 0;
        String s = ref.replace("$", "").strip();
        while (i < s.length() && Character.isLetter(s.charAt(i)) && col <= MAX_COL) {
            col = col * 26 + (Character.toUpperCase(s.charAt(i)) - 'A' + 1);
            i++;
        }
        int row = parseInt(s.substring(i), -1);
        if (i == 0 || col > MAX_COL || row < 1 || row > MAX_ROW) {
            return null;
        }
        return new int[] {row, col};
    }

    private static boolean isTrue(String v) {
        return v.equals("1") || v.equals("true");
    }

    private static int parseInt(String s, int dflt) {
        if (s == null || s.isEmpty() || s.length() > 9) {
            return dflt;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i)) || s.charAt(i) > '9') {
                return dflt;
            }
        }
        return Integer.parseInt(s);
    }

    private static Element child(Element parent, String local) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            // by local name: transitional and strict SpreadsheetML use different namespaces
            if (n instanceof Element e && local.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }
}
