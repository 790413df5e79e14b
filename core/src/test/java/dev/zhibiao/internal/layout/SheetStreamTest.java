package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.zhibiao.Sheet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sheets handed on row by row: each as soon as the next one starts, the year from the title page. */
class SheetStreamTest {

    static List<String> sheet(String value) {
        List<String> l = new ArrayList<>();
        l.add("项目支出绩效目标表");
        for (String h : RecoveryTest.HEAD) {
            if (h.startsWith("|")) {
                l.add(h);
            }
        }
        l.add("| | 产出指标 | 数量指标 | 指标1: 参保人数(人) | " + value + " |");
        return l;
    }

    @Test
    void sheetsAreHandedOnAsTheNextOneStarts() {
        List<String> l = new ArrayList<>(List.of("2024年度部门预算公开", "目录"));
        l.addAll(sheet("≥299.68万人"));
        l.addAll(sheet("≥300万人"));
        l.add("说明：以上为本年度目标。");
        Document d = RecoveryTest.doc(l.toArray(String[]::new));
        List<Sheet> got = new ArrayList<>();
        SheetStream s = new SheetStream("s.md", got::add);
        List<Integer> handed = new ArrayList<>();
        for (Row r : d.rows()) {
            s.add(r);
            handed.add(s.sheets());
            assertEquals(s.sheets(), got.size());
        }
        // the first sheet is complete when the second title (row 13) arrives; the second at the end
        List<Integer> expected = new ArrayList<>();
        for (int i = 1; i <= 23; i++) {
            expected.add(i < 13 ? 0 : 1);
        }
        assertEquals(expected, handed);
        assertEquals("SheetStream[s.md, 23 rows, 1 sheets]", s.toString());
        SheetStream.End end = s.finish();
        assertEquals(2, end.sheets());
        assertEquals(2, got.size());
        assertEquals("2 sheets; outside: contents (1 line), prose (1 line)", end.toString());
        assertEquals("SheetStream[s.md, 23 rows, 2 sheets, finished]", s.toString());
        // the year is the title page's; the note after the last table is its remnant
        assertEquals(2024, got.get(0).year());
        assertEquals(2024, got.get(1).year());
        assertEquals("≥299.68万人", got.get(0).indicators().get(0).value());
        assertEquals("≥300万人", got.get(1).indicators().get(0).value());
        assertEquals(List.of(), got.get(0).remnants().stream().map(Object::toString).toList());
        assertEquals(1, got.get(1).remnants().size());
        // the first sheet as reported carries the rows outside sheets; the one handed on did not know them yet
        // (each sheet's year is the document's: year-from-document says so)
        assertEquals(List.of("year-from-document"), got.get(0).diagnostics().stream().map(x -> x.code()).toList());
        assertEquals("[line 1 outside-sheets: 2 line(s) of the document belong to no sheet and were not read "
                + "(lines 1–2, from \"2024年度部门预算公开\"): contents (1 line), prose (1 line)]",
                end.first().diagnostics().stream().filter(x -> !x.code().equals("year-from-document")).toList().toString());
        assertEquals(got.get(0).indicators(), end.first().indicators());
        assertThrows(IllegalStateException.class, () -> s.add(d.rows().get(0)));
        assertThrows(IllegalStateException.class, s::finish);
    }

    @Test
    void nothingOutsideLeavesTheFirstSheetAsItWas() {
        Document d = RecoveryTest.doc(sheet("≥299.68万人").toArray(String[]::new));
        List<Sheet> got = new ArrayList<>();
        SheetStream s = new SheetStream("s.md", got::add);
        d.rows().forEach(s::add);
        assertEquals(0, s.sheets());
        SheetStream.End end = s.finish();
        assertEquals(1, end.sheets());
        assertEquals(got.get(0), end.first());
        assertEquals(0, end.outside().total());
        assertEquals("1 sheets; outside: nothing outside sheets", end.toString());
    }

    /**
     * A title page's year line a LibreOffice print cut at the space after the year (pdftotext-layout h6, h8: {@code 2020
     * 年部门预算绩效文本}, read as the cells 2020 | 年部门预算绩效文本) still states the document's year (tmpl32); a row of a
     * year and words that name no budget or performance text is a table row as before.
     */
    @Test
    void aYearLineCutAfterItsYearStillStatesTheYear() {
        List<String> l = new ArrayList<>(List.of("| 2020 | 年部门预算绩效文本 |"));
        l.addAll(sheet("≥299.68万人"));
        List<Sheet> got = new ArrayList<>();
        SheetStream s = new SheetStream("s.md", got::add);
        RecoveryTest.doc(l.toArray(String[]::new)).rows().forEach(s::add);
        s.finish();
        assertEquals(2020, got.get(0).year());
        assertEquals(List.of("year-from-document"), got.get(0).diagnostics().stream().map(x -> x.code())
                .filter(c -> c.startsWith("year")).toList());
        l.set(0, "| 2020 | 年城乡居民参保人数 |");
        got.clear();
        SheetStream t = new SheetStream("s.md", got::add);
        RecoveryTest.doc(l.toArray(String[]::new)).rows().forEach(t::add);
        t.finish();
        assertEquals(null, got.get(0).year());
    }
}
