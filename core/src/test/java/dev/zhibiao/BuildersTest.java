package dev.zhibiao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The builders (the stable way to make and change sheets and indicators) and the verdict in JSON. */
class BuildersTest {

    private static Indicator indicator(String value, String actual) {
        return Indicator.builder().level1("产出指标").level2("数量指标").name("参保人数(人)").value(value)
                .target(Targets.parse(value)).actual(actual).actualParsed(Targets.parse(actual))
                .met(actual == null ? null : Targets.parse(value).test(Targets.parse(actual))).weight(new BigDecimal("10.0"))
                .direction(Direction.POSITIVE).locator(Locator.line(6)).build();
    }

    @Test
    void anIndicatorBuiltEqualsTheOneConstructed() {
        Indicator built = indicator("≥95%", "98%");
        Indicator made = new Indicator("产出指标", "数量指标", "参保人数(人)", "≥95%", Targets.parse("≥95%"), null, null,
                null, "98%", Targets.parse("98%"), Verdict.MET, null, BigDecimal.TEN, null, Direction.POSITIVE,
                Locator.line(6));
        assertEquals(made, built);
        assertEquals(built, built.toBuilder().build());
        Indicator noted = built.toBuilder().note("已完成").build();
        assertEquals("已完成", noted.note());
        assertEquals(built.value(), noted.value());
        assertEquals(Locator.UNKNOWN, Indicator.builder().build().locator());
        assertTrue(built.toString().endsWith("(actual 98%, met)"), built.toString());
    }

    @Test
    void aSheetBuiltEqualsTheOneConstructed() {
        Sheet built = Sheet.builder(Kind.SELF_EVALUATION).source("a.txt").project("项目").year(2020)
                .parties(Map.of("主管部门", "财政厅")).indicators(List.of(indicator("≥95%", "98%"))).build();
        Sheet made = new Sheet("a.txt", null, Kind.SELF_EVALUATION, null, 2020, "项目", null, Map.of("主管部门", "财政厅"),
                null, null, null, null, null, List.of(indicator("≥95%", "98%")), null, null);
        assertEquals(made, built);
        assertEquals(built, built.toBuilder().build());
        assertEquals(Kind.TARGET, built.toBuilder().kind(Kind.TARGET).build().kind());
        assertEquals(List.of("x"), built.toBuilder().remnants(List.of("x")).build().remnants());
        assertThrows(NullPointerException.class, () -> Sheet.builder(null));
    }

    @Test
    void theVerdictIsWrittenAsTrueFalseOrNullAndReadBack() {
        Indicator met = indicator("≥95%", "98%");
        Indicator notMet = indicator("≥95%", "90%");
        Indicator undecidable = indicator("≥95%", "良好");
        Indicator noActual = indicator("≥95%", null);
        assertEquals(Verdict.NOT_MET, notMet.met());
        assertEquals(Verdict.UNDECIDABLE, undecidable.met());
        assertNull(noActual.met());
        Sheet s = Sheet.builder(Kind.SELF_EVALUATION).source("a.txt")
                .indicators(List.of(met, notMet, undecidable, noActual)).build();
        String json = SheetJson.writeLine(s);
        assertTrue(json.contains("\"met\":true") && json.contains("\"met\":false"), json);
        assertEquals(List.of(s), SheetJson.read(json));
    }
}
