package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Indicator;
import dev.zhibiao.Locator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A level-1 and a level-2 label read as one cell: the indicator takes both, the level 1 of its own cell (OCR only). */
class OcrJoinedLevelsTest {
    private static final Locator AT = Locator.page(1);

    private static Indicator ind(String l1, String l2, String name) {
        return new Indicator(l1, l2, name, "100%", null, null, null, null, null, null, null, null, null, null, null, AT);
    }

    private static SheetDraft draft(Indicator... inds) {
        SheetDraft d = new SheetDraft();
        d.locator = AT;
        d.indicators.addAll(List.of(inds));
        return d;
    }

    private static List<String> levels(SheetDraft d) {
        return d.indicators.stream().map(i -> i.level1() + "/" + i.level2()).toList();
    }

    @Test
    void aLevel1AndALevel2ReadAsOneCellAreSplit() {
        List<Row> ocr = List.of(new Row(List.of(new Cell("满意度指标服务对象满意度指标", AT, 0.6)), true, AT));
        SheetDraft d = draft(
                // the group above's level 1 carried down; the cell prints its own
                ind("效益指标", "满意度指标服务对象满意度指标", "工作满意度"),
                ind("绩效指标", "出指标质量指标", "补助对象政策内住院报销比例"),
                ind("产出指标", "效益指标社会效益指标", "补助对象医疗费用负担减轻程度"),
                ind("产出指标", "效益指标社会效益指标", "政策知晓率"),
                // a category the vocabulary knows, a reading before it unlike the parent, a level 2 known as no category
                ind("产出指标", "数量指标", "参保人数(人)"), ind("产出指标", "全洛人质量指标", "报销比例"),
                ind("产出指标", "效益指标开生入才度上提", "办结率"),
                // 成本指标 is level 1 in newer templates: no parent implied
                ind("产出指标", "产出指标成本指标", "人均补助标准"));
        OcrLevelParents.repair(ocr, d, 0);
        assertEquals(List.of("满意度指标/服务对象满意度指标", "产出指标/质量指标", "效益指标/社会效益指标", "效益指标/社会效益指标",
                "产出指标/数量指标", "产出指标/全洛人质量指标", "产出指标/效益指标开生入才度上提", "产出指标/产出指标成本指标"), levels(d));
        assertEquals(3, d.diagnostics.size());
        assertEquals(OcrRepair.CODE, d.diagnostics.get(2).code());
        assertTrue(d.diagnostics.get(2).message().contains("效益指标社会效益指标") && d.diagnostics.get(2).message().contains("2 indicator"),
                d.diagnostics.get(2).message());
        // printed text (no OCR cell in the table) is never touched
        SheetDraft printed = draft(ind("效益指标", "满意度指标服务对象满意度指标", "工作满意度"));
        OcrLevelParents.repair(List.of(new Row(List.of(new Cell("满意度指标服务对象满意度指标", AT)), true, AT)), printed, 0);
        assertEquals("效益指标", printed.indicators.get(0).level1());
    }
}
