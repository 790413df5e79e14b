package dev.zhibiao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.internal.text.TextTable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link Sheet#toTable()} and {@link Indicator#toString()}: what a notebook user sees. */
class SheetTableTest {
    static Indicator indicator(String l2, String name, String value, String actual) {
        Target t = Targets.parse(value, name);
        Target a = actual == null ? null : Targets.parse(actual, name);
        return Indicator.builder().level1("产出指标").level2(l2).name(name).value(value).target(t).actual(actual)
                .actualParsed(a).met(t != null && a != null ? t.test(a) : null).build();
    }

    @Test
    void indicatorShowsItsTypedTarget() {
        assertEquals("产出指标/数量指标/参保人数(人) = ≥299.68万人 → ≥ 2996800 人",
                indicator("数量指标", "参保人数(人)", "≥299.68万人", null).toString());
        assertEquals("产出指标/质量指标/保障水平 = 稳步提高",
                indicator("质量指标", "保障水平", "稳步提高", null).toString(), "a value kept as text is shown once");
        assertEquals("产出指标/质量指标/到位率 = 100% → = 100 % (actual 98%, not met)",
                indicator("质量指标", "到位率", "100%", "98%").toString());
    }

    @Test
    void tableAlignsColumnsByDisplayWidth() {
        Sheet s = Sheet.builder(Kind.SELF_EVALUATION).year(2024).project("就业补助资金").region("绵阳市")
                .parties(Map.of("省级财政部门", "河南省财政厅"))
                .funding(new Funding("万元", List.of(new FundingItem("年度资金总额", null, null,
                        new BigDecimal("50137"), new BigDecimal("42616"), new BigDecimal("85")))))
                .goals(List.of("资金及时足额拨付到位。"))
                .indicators(List.of(indicator("数量指标", "补助对象人数(人)", "≥597人", "584人"),
                        indicator("质量指标", "到位率", "100%", "100%"),
                        indicator("质量指标", "保障水平", "稳步提高", "稳步提高")))
                .build();
        String table = s.toTable();
        List<String> lines = table.lines().toList();
        assertEquals(s.toString(), lines.get(0));
        int head = lines.indexOf(lines.stream().filter(l -> l.startsWith("一级指标")).findFirst().orElseThrow());
        List<String> rows = lines.subList(head + 2, head + 5);
        assertTrue(lines.get(head + 1).matches("-+"), table);
        // each column starts at the same display column on every row
        int col = TextTable.width(lines.get(head).substring(0, lines.get(head).indexOf("目标")));
        assertTrue(rows.get(0).contains("≥ 597 人") && rows.get(0).endsWith("not met"), table);
        for (String r : rows) {
            String target = r.contains("≥ 597 人") ? "≥ 597 人" : r.contains("= 100 %") ? "= 100 %" : "«稳步提高»";
            assertEquals(col, TextTable.width(r.substring(0, r.indexOf(target))), table);
        }
        assertTrue(table.contains("年度资金总额  50137   42616   85%"), table);
        assertTrue(table.contains("省级财政部门  河南省财政厅"), table);
    }

    @Test
    void longCellsAreCut() {
        String name = "很长的指标名称".repeat(10);
        Sheet s = Sheet.builder(Kind.TARGET).indicators(List.of(indicator("数量指标", name, "1个", null))).build();
        String row = s.toTable().lines().filter(l -> l.startsWith("产出指标")).findFirst().orElseThrow();
        assertTrue(row.contains("  很长的指标名称很长的指标名称很长的…  1个"), row); // 34 columns and the ellipsis
        assertTrue(TextTable.width(row) < TextTable.width(name), row);
    }
}
