package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Diagnostic;
import dev.zhibiao.Locator;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link OcrLabelSpecks}: a header label read with a speck on it, given back where a label stands, in OCR'd cells only. */
class OcrLabelSpecksTest {
    private static final Locator AT = Locator.page(1);

    private static Cell ocr(String t) {
        return new Cell(t, AT, 0.4);
    }

    private static List<String> repaired(Cell... cells) {
        List<Cell> row = new ArrayList<>(List.of(cells));
        List<Diagnostic> diags = new ArrayList<>();
        OcrLabelSpecks.repair(row, diags);
        int changed = 0;
        for (int i = 0; i < cells.length; i++) {
            changed += row.get(i) == cells[i] ? 0 : 1;
        }
        assertEquals(changed, diags.size());
        assertTrue(diags.stream().allMatch(d -> d.code().equals(OcrRepair.CODE)));
        return row.stream().map(Cell::text).toList();
    }

    @Test
    void theGoalsLabelAndMoneyLinesGivenBack() {
        assertEquals(List.of("年度目标", "目标1:巩固参保率。"), repaired(ocr("年度目标。。"), ocr("目标1:巩固参保率。")));
        assertEquals(List.of("", "省级资金", "", "12148"), repaired(ocr(""), ocr("如省级资金"), ocr(""), ocr("12148")));
        assertEquals(List.of("资金情况", "年度资金总额", "13290000"), repaired(ocr("资金情况"), ocr("年度资金总额;"), ocr("13290000")));
        assertEquals(List.of("年度资金总额", "24480000"), repaired(ocr("年度资全总额"), ocr("24480000")));
        assertEquals(List.of("", "其中:财政拨款", "7.5万元", "其中:财政拨款", "2.5万元"),
                repaired(ocr(""), ocr("其中:财政拨款"), ocr("7.5万元"), ocr("其中;财政拨款"), ocr("2.5万元")));
        // a line label after an amount: the money lines printed across one row
        assertEquals(List.of("预算规模及资金用途", "预算数", "230000.00", "其中:财政资金", "230000.00", "其他资金"),
                repaired(ocr("预算规模及资金用途"), ocr("预算数"), ocr("230000.00"), ocr("其中: 财政资金="), ocr("230000.00"),
                        ocr("其他资资金")));
    }

    @Test
    void leftAsRead() {
        // printed text; a word a scope makes (本级…, 市县级…); a header label's value; the goals' text; two labels as close;
        // the goals label with nothing beside it; a cell where no label stands
        List<List<Cell>> rows = List.of(
                List.of(new Cell("如省级资金", AT), new Cell("12148", AT)),
                List.of(ocr("本级财政资金"), ocr("16")), List.of(ocr("市县级资金"), ocr("16")),
                List.of(ocr("项目名称"), ocr("≤医疗救助资金")),
                List.of(ocr("年度目标"), ocr("加强资金。")),
                List.of(ocr("年期资金总额"), ocr("16")),
                List.of(ocr("年度目标。")),
                List.of(ocr("资金情况"), ocr("年度金额"), ocr("中央"), ocr("其他资资金")));
        for (List<Cell> r : rows) {
            assertEquals(r.stream().map(Cell::text).toList(), repaired(r.toArray(Cell[]::new)));
        }
    }

    @Test
    void readByOcrLabelsAfterTheHeaderLabels() {
        Row r = new Row(List.of(ocr("年度目标。"), ocr("目标1:巩固参保率。")), true, AT);
        OcrRepair.Result out = OcrLabels.repair(new OcrRepair.Result(List.of(r), new IdentityHashMap<>()));
        assertEquals("年度目标", out.rows().get(0).cells().get(0).text());
        assertTrue(out.notes().get(out.rows().get(0)).stream().anyMatch(d -> d.message().contains("年度目标。")));
    }
}
