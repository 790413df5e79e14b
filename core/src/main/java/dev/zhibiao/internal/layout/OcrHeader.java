package dev.zhibiao.internal.layout;

import dev.zhibiao.internal.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Header values an OCR engine misread, given back from what the sheet's other header cells print.
 * The region (市(县)名称 | 长大市 人) is named again at the start of the local departments' names
 * (地方财政部门 | 长春市财政局, 地方主管部门 | 长春市医疗保障局): a region whose first word is one
 * character off the administrative name those cells start with (same length, same last character:
 * 市, 县, 区 …), or is that name with a speck of one or two characters after a space, is that
 * name; what is dropped goes to the remnants. A region with no administrative last character at all
 * (长大: 春 misread, 市 lost) is the one name two of those cells start with when it begins as that name does
 * ({@link OcrRegionName}). A project name read with signs or stops before it ({@code ≤医疗救助资金},
 * {@code ，_城乡居民…}: the cell's rule or a speck read as text) is the name without them ({@link #project}).
 * Read only in sheets an OCR engine read, each repair an {@code ocr-repaired} diagnostic.
 */
final class OcrHeader {
    private OcrHeader() {
    }

    /** The last character of an administrative name (a city, a county, a district, a banner …). */
    static final String SUFFIXES = "省市县区旗州盟镇乡";

    /**
     * @param header the header rows the draft's header was read from
     * @param d      the draft, its region repaired in place
     */
    static void region(List<Row> header, SheetDraft d) {
        project(header, d);
        if (d.region == null || !ocr(header)) {
            return;
        }
        String printed = d.region.strip();
        String[] words = printed.split("\\s+", 2);
        String word = Text.key(words[0]);
        String rest = words.length > 1 ? Text.key(words[1]) : "";
        if (word.length() < 2 || rest.length() > 2) {
            return;
        }
        List<String> values = new ArrayList<>();
        for (Map.Entry<String, String> e : d.parties.entrySet()) {
            values.add(e.getValue());
        }
        for (Map.Entry<String, String> e : d.attributes.entrySet()) {
            values.add(e.getValue()); // a department whose label the engine misread (地方主管部站) is an attribute
        }
        if (SUFFIXES.indexOf(word.charAt(word.length() - 1)) < 0) {
            OcrRegionName.unsuffixed(printed, word, rest, values, d);
            return;
        }
        String found = null;
        int support = 0;
        int asPrinted = 0;
        for (String v : values) {
            String k = v == null ? "" : Text.key(v);
            if (k.length() <= word.length()) {
                continue;
            }
            String head = k.substring(0, word.length());
            if (head.equals(word)) {
                asPrinted++;
            } else if (OcrRepair.distance(head, word) == 1 && head.charAt(head.length() - 1) == word.charAt(word.length() - 1)
                    && head.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                if (found != null && !found.equals(head)) {
                    return; // two readings: the header does not say which
                }
                found = head;
                support++;
            }
        }
        String fixed;
        String why;
        if (found != null && support > asPrinted) {
            fixed = found;
            why = "the region one character off the name the local departments' names start with (" + found + "…)";
        } else if (asPrinted > 0 && !rest.isEmpty()) {
            fixed = word;
            why = "the name the local departments' names start with, a speck after it";
        } else {
            return;
        }
        repaired(printed, fixed, why, rest.isEmpty() ? "" : words[1].strip(), d);
    }

    /**
     * A project name that starts with characters no name starts with: signs, stops, dashes, strokes and
     * spaces (not a bracket, a quote, a letter or a digit: 《…》, (2020年) …), where a Chinese character
     * follows them. A project is named in words; the engine read the cell's left rule or a speck as
     * {@code ≤}, {@code ，} or {@code _}. The name is kept from its first character after them, the
     * reading in the diagnostic.
     *
     * @param header the header rows the draft's header was read from
     * @param d      the draft, its project repaired in place
     */
    static void project(List<Row> header, SheetDraft d) {
        if (d.project == null || !ocr(header)) {
            return;
        }
        String printed = d.project.strip();
        int at = 0;
        while (at < printed.length() && leading(printed.codePointAt(at))) {
            at += Character.charCount(printed.codePointAt(at));
        }
        if (at == 0 || at >= printed.length()
                || Character.UnicodeScript.of(printed.codePointAt(at)) != Character.UnicodeScript.HAN) {
            return;
        }
        String fixed = printed.substring(at);
        d.diag(OcrRepair.CODE, d.locator, "OCR reading \"" + printed + "\" repaired to \"" + fixed
                + "\" (a project's name: signs or stops before it are the cell's rule or a speck read as text)");
        d.project = fixed;
    }

    /** A character no project name starts with: a sign, a stop, a dash or stroke, a space (not a bracket or a quote). */
    private static boolean leading(int c) {
        if (Character.isWhitespace(c) || c == '\u3000') {
            return true;
        }
        int type = Character.getType(c);
        boolean sign = type == Character.MATH_SYMBOL || type == Character.OTHER_PUNCTUATION || type == Character.DASH_PUNCTUATION
                || type == Character.CONNECTOR_PUNCTUATION || type == Character.MODIFIER_SYMBOL || c == '~' || c == '～';
        return sign && "\"'#%&@*".indexOf(c) < 0;
    }

    /** The region given {@code fixed} for {@code why}, a speck after it ({@code rest}, may be empty) to the remnants. */
    static void repaired(String printed, String fixed, String why, String rest, SheetDraft d) {
        d.diag(OcrRepair.CODE, d.locator, "OCR reading \"" + printed + "\" repaired to \"" + fixed + "\" (" + why + ")");
        if (!rest.isEmpty()) {
            d.remnants.add(rest);
            d.diag("remnant", d.locator, "speck after the region's name: \"" + rest + "\"");
        }
        d.region = fixed;
    }

    /** Whether any cell of the rows was read by an OCR engine. */
    static boolean ocr(List<Row> rows) {
        // indexed loops: asked of every sheet's rows, an iterator per row was a visible share of recovery's allocation
        for (int i = 0; i < rows.size(); i++) {
            List<Cell> cells = rows.get(i).cells();
            for (int j = 0; j < cells.size(); j++) {
                if (cells.get(j).ocr()) {
                    return true;
                }
            }
        }
        return false;
    }
}
