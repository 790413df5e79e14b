package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Diagnostic;
import dev.zhibiao.Locator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link OcrPercentTwo}: a percentage's ≥ read as {@code 2} by an engine that prints no ≥ (the
 * tuning sets' {@code 260%} under 参保人住院费用实际报销比例, {@code 290} under 服务对象满意度,
 * {@code 2909} under 政策知晓率), through {@link OcrRepair#value}.
 */
class OcrPercentTwoTest {

    private static final List<Diagnostic> NOTES = new ArrayList<>();

    private static String value(String printed, String name, boolean noGe) {
        NOTES.clear();
        return OcrRepair.value(new Cell(printed, new Locator(3, 4, null), Double.NaN), name, noGe, NOTES).text();
    }

    @Test
    void aTwoBeforeAPercentageOverAHundredIsGe() {
        assertEquals("≥60%", value("260%", "参保人住院费用实际报销比例", true));
        assertEquals(1, NOTES.size());
        assertEquals("ocr-repaired", NOTES.get(0).code());
        assertTrue(NOTES.get(0).message().contains("\"260%\" repaired to \"≥60%\""), NOTES.toString());
        assertTrue(NOTES.get(0).message().contains("2 before a percentage read as ≥"), NOTES.toString());
        assertEquals("≥90", value("290", "服务对象满意度", true));
        assertEquals("≥85.5%", value("285.5%", "受益群众满意度", true));
    }

    @Test
    void theRestMayHoldTheEnginesReadingOfPercent() {
        // 2909: ≥ 90 and a 9 for %, read by OcrRepair's percent tail
        assertEquals("≥90%", value("2909", "政策知晓率", true));
    }

    @Test
    void printedValuesStayWhereTheRuleHasNoWitness() {
        assertEquals("260%", value("260%", "参保人住院费用实际报销比例", false)); // the engine prints ≥
        assertEquals("23人", value("23人", "参加培训人数", true)); // no percentage named
        assertEquals("2520元", value("2520元", "各级财政实际补助标准(元)", true));
        assertEquals("25%", value("25%", "政策知晓率", true)); // 100 or less: the 2 is its own digit
        assertEquals("200%", value("200%", "资金增长比例", true)); // ≥0%: no reading
        assertEquals("2.5%", value("2.5%", "资金增长比例", true));
        assertEquals("2500", value("2500", "政策知晓率", true)); // ≥500 is no percentage either
        assertEquals("260人", value("260人", "参保率", true)); // a unit after it
        assertTrue(NOTES.isEmpty(), NOTES.toString());
    }
}
