package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Indicator;
import dev.zhibiao.Locator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rule of {@link NumberedNames}: the indicators' outline numbers left out of their names where
 * every name is numbered counting up (a group-row form's plain text, whose level columns the reader
 * fills itself), and nowhere else.
 */
class NumberedNamesTest {

    private static SheetDraft draft(String... names) {
        SheetDraft d = new SheetDraft();
        for (int i = 0; i < names.length; i++) {
            d.indicators.add(Indicator.builder().level1("产出指标").level2("数量指标").name(names[i]).value("≥1人")
                    .locator(new Locator(10 + i, null, null)).build());
        }
        return d;
    }

    private static List<String> names(SheetDraft d) {
        return d.indicators.stream().map(Indicator::name).toList();
    }

    @Test
    void namesNumberedCountingUpLoseTheirNumbers() {
        SheetDraft d = draft("1.乡村实用人才培训人次", "2.培训班期数", "3、培训合格率");
        NumberedNames.apply(d);
        assertEquals(List.of("乡村实用人才培训人次", "培训班期数", "培训合格率"), names(d));
        assertTrue(d.diagnostics.stream().anyMatch(x -> x.code().equals(NumberedNames.CODE)), d.diagnostics.toString());
    }

    @Test
    void numbersStartingAgainUnderTheNextGroupCountToo() {
        SheetDraft d = draft("1.培训人次", "2.覆盖县区", "1.培训合格率");
        NumberedNames.apply(d);
        assertEquals(List.of("培训人次", "覆盖县区", "培训合格率"), names(d));
    }

    @Test
    void namesLeftAsPrintedWhenOneIsNotNumberedOrTheNumbersSkip() {
        SheetDraft some = draft("1.培训人次", "覆盖县区");
        NumberedNames.apply(some);
        assertEquals(List.of("1.培训人次", "覆盖县区"), names(some));
        SheetDraft skip = draft("1.培训人次", "3.覆盖县区");
        NumberedNames.apply(skip);
        assertEquals(List.of("1.培训人次", "3.覆盖县区"), names(skip));
        SheetDraft notFromOne = draft("2.培训人次", "3.覆盖县区");
        NumberedNames.apply(notFromOne);
        assertEquals(List.of("2.培训人次", "3.覆盖县区"), names(notFromOne));
        SheetDraft one = draft("1.培训人次");
        NumberedNames.apply(one);
        assertEquals(List.of("1.培训人次"), names(one));
        assertTrue(skip.diagnostics.isEmpty() && some.diagnostics.isEmpty());
    }

    @Test
    void aDecimalIsNoOutlineNumber() {
        SheetDraft d = draft("1.5倍以上的覆盖率", "2.覆盖县区");
        NumberedNames.apply(d);
        assertEquals(List.of("1.5倍以上的覆盖率", "2.覆盖县区"), names(d));
    }
}
