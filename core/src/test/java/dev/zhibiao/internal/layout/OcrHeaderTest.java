package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Locator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link OcrHeader}: the region given back from the names of the local departments the header prints. */
class OcrHeaderTest {
    private static final Locator AT = Locator.page(1);

    private static SheetDraft draft(String region, String... departments) {
        SheetDraft d = new SheetDraft();
        d.locator = AT;
        d.region = region;
        for (int i = 0; i < departments.length; i++) {
            d.parties.put("部门" + i, departments[i]);
        }
        return d;
    }

    private static List<Row> header(boolean ocr) {
        return List.of(new Row(List.of(new Cell("市(县)名称", AT, ocr ? Double.NaN : null)), true, AT));
    }

    @Test
    void aRegionOneCharacterOffTheDepartmentsName() {
        SheetDraft d = draft("长大市 人", "吉林省财政厅", "长春市财政局", "长春市医疗保障局");
        OcrHeader.region(header(true), d);
        assertEquals("长春市", d.region);
        assertEquals(List.of("人"), d.remnants);
        assertTrue(d.diagnostics.stream().anyMatch(x -> x.code().equals(OcrRepair.CODE)));
        // read as printed: a speck after it only
        SheetDraft s = draft("榆树市 二", "榆树市财政局");
        OcrHeader.region(header(true), s);
        assertEquals("榆树市", s.region);
    }

    @Test
    void leftAsPrinted() {
        // printed text (no OCR): the sheet's own words
        SheetDraft typed = draft("长大市", "长春市财政局");
        OcrHeader.region(header(false), typed);
        assertEquals("长大市", typed.region);
        // departments of two readings, a department of the printed region as well, no administrative name
        for (SheetDraft d : List.of(draft("长大市", "长春市财政局", "长白市医保局"), draft("长大市", "长春市财政局", "长大市医保局"),
                draft("长大局", "长春局财政处"), draft("长春市", "长春市财政局"))) {
            String was = d.region;
            OcrHeader.region(header(true), d);
            assertEquals(was, d.region);
            assertEquals(List.of(), d.diagnostics);
        }
    }

    @Test
    void aRegionWithNoAdministrativeLastCharacterIsTheNameTwoDepartmentsStartWith() {
        SheetDraft d = draft("长大", "吉林省财政", "长春市财政局", "长春市医疗保障");
        OcrHeader.region(header(true), d);
        assertEquals("长春市", d.region);
        assertTrue(d.diagnostics.stream().anyMatch(x -> x.code().equals(OcrRepair.CODE)));
        SheetDraft speck = draft("长大 人", "长春市财政局", "长春市医疗保障局");
        OcrHeader.region(header(true), speck);
        assertEquals("长春市", speck.region);
        assertEquals(List.of("人"), speck.remnants);
        // left: one department only, the name's start as printed, two names, other first character, printed text,
        // too far from the name, the departments starting with the region as read
        for (SheetDraft k : List.of(draft("长大", "长春市财政局"), draft("长春", "长春市财政局", "长春市医保局"),
                draft("长大", "长春市财政局", "长春市医保局", "长白县财政局", "长白县医保局"),
                draft("大长", "长春市财政局", "长春市医保局"), draft("长大人才", "长春市财政局", "长春市医保局"),
                draft("长大", "长大市财政局", "长春市财政局", "长春市医保局"))) {
            String was = k.region;
            OcrHeader.region(header(true), k);
            assertEquals(was, k.region);
            assertEquals(List.of(), k.diagnostics);
        }
        SheetDraft typed = draft("长大", "长春市财政局", "长春市医保局");
        OcrHeader.region(header(false), typed);
        assertEquals("长大", typed.region);
    }

    @Test
    void aProjectReadWithSignsOrStopsBeforeItIsTheNameWithoutThem() {
        for (String[] c : new String[][] {{"≤医疗救助资金", "医疗救助资金"}, {"，_城乡居民医疗保险县级配套资金", "城乡居民医疗保险县级配套资金"},
                {"。 -城乡居民医疗保险县级配套资金", "城乡居民医疗保险县级配套资金"}, {"≤~医疗救助资金", "医疗救助资金"}}) {
            SheetDraft d = draft(null);
            d.project = c[0];
            OcrHeader.region(header(true), d);
            assertEquals(c[1], d.project);
            assertTrue(d.diagnostics.stream().anyMatch(x -> x.code().equals(OcrRepair.CODE) && x.message().contains(c[0])));
        }
        // left: a bracket, a quote or a digit first, signs before no Chinese character, printed text
        for (String p : List.of("（2020年）医疗救助资金", "《规划》项目", "“三医联动”资金", "2020年医疗救助资金", "≤90%", "医疗救助资金")) {
            SheetDraft d = draft(null);
            d.project = p;
            OcrHeader.region(header(true), d);
            assertEquals(p, d.project);
            assertEquals(List.of(), d.diagnostics);
        }
        SheetDraft typed = draft(null);
        typed.project = "≤医疗救助资金";
        OcrHeader.region(header(false), typed);
        assertEquals("≤医疗救助资金", typed.project);
    }
}
