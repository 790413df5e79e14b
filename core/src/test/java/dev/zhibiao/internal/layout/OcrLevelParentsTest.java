package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Indicator;
import dev.zhibiao.Locator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A misread level-1 label beside a level-2 category of the vocabulary is that category's parent (OCR only). */
class OcrLevelParentsTest {
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

    private static List<String> level1s(SheetDraft d) {
        return d.indicators.stream().map(Indicator::level1).toList();
    }

    @Test
    void aMisreadLevel1BesideAKnownLevel2IsItsParent() {
        List<Row> ocr = List.of(new Row(List.of(new Cell("产册指岂", AT, 0.4)), true, AT));
        SheetDraft d = draft(ind("产册指岂", "数量指标", "参保人数(人)"), ind("产册指岂", "数量指标", "各级财政实际补助标准(元)"),
                ind("指产出标", "质量指标", "重复参保人数(人)"), ind("效益指标", "社会效益指标", "政策知晓率"),
                // a category the vocabulary knows is kept, even beside another parent's level 2 (效果指标 | 社会效益指标)
                ind("效果指标", "社会效益指标", "参保群众政策知晓率"),
                // a reading unlike the parent, or beside a level-2 label the vocabulary does not know, is kept
                ind("全洛人", "服务对象满意度指标", "满意度"), ind("产册指岂", "开生入才度上提", "政策知晓率"),
                // 成本指标 is level 1 in newer templates: its parent is not implied
                ind("成木指", "成本指标", "人均补助标准"));
        OcrLevelParents.repair(ocr, d, 0);
        assertEquals(List.of("产出指标", "产出指标", "产出指标", "效益指标", "效果指标", "全洛人", "产册指岂", "成木指"), level1s(d));
        assertEquals(2, d.diagnostics.size());
        assertTrue(d.diagnostics.get(0).message().contains("产册指岂") && d.diagnostics.get(0).message().contains("2 indicator"),
                d.diagnostics.get(0).message());
        assertEquals(OcrRepair.CODE, d.diagnostics.get(1).code());
        // printed text (no OCR cell in the table) is never touched
        SheetDraft printed = draft(ind("产册指岂", "数量指标", "参保人数(人)"));
        OcrLevelParents.repair(List.of(new Row(List.of(new Cell("产册指岂", AT)), true, AT)), printed, 0);
        assertEquals("产册指岂", printed.indicators.get(0).level1());
    }
}
