package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Indicator;
import dev.zhibiao.Locator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Level labels read into the name cell: the indicator takes them as its levels and keeps the rest as its name (OCR only). */
class OcrNamedLevelsTest {
    private static final Locator AT = Locator.page(1);

    private static Indicator ind(String l1, String l2, String name) {
        return new Indicator(l1, l2, name, "≥85%", null, null, null, null, null, null, null, null, null, null, null, AT);
    }

    private static SheetDraft draft(Indicator... inds) {
        SheetDraft d = new SheetDraft();
        d.locator = AT;
        d.indicators.addAll(List.of(inds));
        return d;
    }

    private static List<String> rows(SheetDraft d) {
        return d.indicators.stream().map(i -> i.level1() + "/" + i.level2() + "/" + i.name()).toList();
    }

    @Test
    void levelLabelsReadIntoTheNameCellAreTheLevels() {
        List<Row> ocr = List.of(new Row(List.of(new Cell("服务对象满意度指标。工作满意度", AT, 0.6)), true, AT));
        SheetDraft d = draft(
                // the parent as read, then the category, then the name: the group above's levels carried down
                ind("效益指标", "社会效益指标", "满意度指。服务对象满意度指标工作满意度"),
                ind("效益指标", "社会效益指标", "满意标度指服务对象满意度指标政策知晓率"),
                // the category alone, a mark between it and the name
                ind("满意度指标", "服务对象满意度指标", "服务对象满意度指标。工作满意度"),
                // kept: a category at the name's head with no mark (a name may say so), a reading before it unlike
                // the parent, a category with nothing after it, 成本指标 (level 1 in newer templates), a plain name
                ind("产出指标", "质量指标", "质量指标达标率"),
                ind("产出指标", "数量指标", "以户籍人口数量指标计算的参保率"),
                ind("产出指标", "标", "数量指标"),
                ind("产出指标", "成本指标", "成本指标。人均补助"),
                ind("产出指标", "数量指标", "参保人数(人)"));
        OcrLevelParents.repair(ocr, d, 0);
        assertEquals(List.of("满意度指标/服务对象满意度指标/工作满意度", "满意度指标/服务对象满意度指标/政策知晓率",
                "满意度指标/服务对象满意度指标/工作满意度", "产出指标/质量指标/质量指标达标率", "产出指标/数量指标/以户籍人口数量指标计算的参保率",
                "产出指标/标/数量指标", "产出指标/成本指标/成本指标。人均补助", "产出指标/数量指标/参保人数(人)"), rows(d));
        assertEquals(3, d.diagnostics.size());
        assertEquals(OcrRepair.CODE, d.diagnostics.get(0).code());
        assertTrue(d.diagnostics.get(0).message().contains("满意度指。服务对象满意度指标工作满意度")
                && d.diagnostics.get(0).message().contains("1 indicator"), d.diagnostics.get(0).message());
        // printed text (no OCR cell in the table) is never touched
        SheetDraft printed = draft(ind("满意度指标", "服务对象满意度指标", "服务对象满意度指标。工作满意度"));
        OcrLevelParents.repair(List.of(new Row(List.of(new Cell("工作满意度", AT)), true, AT)), printed, 0);
        assertEquals("服务对象满意度指标。工作满意度", printed.indicators.get(0).name());
    }
}
