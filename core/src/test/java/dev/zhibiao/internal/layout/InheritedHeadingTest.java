package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Locator;
import dev.zhibiao.Sheet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A sheet whose indicator heading the engine read as nothing takes the heading of the sheet before it. */
class InheritedHeadingTest {
    private static final Locator AT = Locator.page(1);

    private static Cell ocr(String t) {
        return new Cell(t, AT, 0.9);
    }

    private static Row table(String... cells) {
        List<Cell> cs = new ArrayList<>();
        for (String c : cells) {
            cs.add(ocr(c));
        }
        return new Row(cs, true, AT);
    }

    private static Row title(String t) {
        return new Row(List.of(ocr(t)), false, AT);
    }

    private static List<Row> first() {
        return List.of(title("城乡居民长期护理保险补助资金绩效自评表"),
                table("项目名称", "长期护理保险补助资金"),
                table("绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "全年实际完成值", "未完成原因和改进措施"),
                table("", "产出指标", "数量指标", "参保人数(人)", "≥95%", "≥95%", ""),
                table("", "满意度指标", "服务对象满意度指标", "参保对象满意度", "≥90%", "≥90%", ""));
    }

    private static List<Row> second(Row heading) {
        return List.of(title("城乡居民基本医疗保险补助资金绩效自评表"),
                table("项目名称", "基本医疗保险补助资金"),
                heading,
                table("", "忆", "数量指标", "参保人数(人)", "≥623万人", "≥623万人", ""),
                table("", "", "", "重复参保人数(人)", "0", "0", ""),
                table("", "", "", "基金滚存结余可支付月数(月)", "6-9", "6-9", ""),
                table("", "满意度二", "服务对象满意度指标", "参保对象满意度", "≥85%", "≥85%", ""));
    }

    private static List<Sheet> read(List<Row> a, List<Row> b) {
        List<Row> rows = new ArrayList<>(a);
        rows.addAll(b);
        return Recovery.recover(new Document("scan.tsv", rows));
    }

    @Test
    void aHeadingReadAsNothingIsThePreviousSheetsWhenItsRowsAreCutAsThatHeadingIs() {
        List<Sheet> sheets = read(first(), second(table("", "", "", "", "", "", "")));
        assertEquals(2, sheets.size());
        Sheet s = sheets.get(1);
        assertEquals(4, s.indicators().size(), s.toString());
        assertEquals("重复参保人数(人)", s.indicators().get(1).name());
        assertEquals("0", s.indicators().get(1).value());
        assertEquals("6-9", s.indicators().get(2).value());
        assertEquals("服务对象满意度指标", s.indicators().get(3).level2());
        assertTrue(s.diagnostics().stream().anyMatch(d -> d.code().equals("heading-inherited")), s.diagnostics().toString());
        // the heading not printed at all: put before the rows
        List<Row> none = new ArrayList<>(second(table("x")).subList(0, 2));
        none.addAll(second(table("x")).subList(3, 7));
        assertEquals(4, read(first(), none).get(1).indicators().size());
    }

    @Test
    void notWithoutAPreviousHeadingNorOverRowsCutOtherwise() {
        // the first sheet of the document: nothing to take
        Sheet alone = Recovery.recover(new Document("scan.tsv", second(table("", "", "", "", "", "", "")))).get(0);
        assertEquals(0, alone.indicators().size(), alone.toString());
        // rows of six cells under a heading of seven: another table
        List<Row> six = new ArrayList<>(second(table("x")).subList(0, 2));
        for (Row r : second(table("x")).subList(3, 7)) {
            six.add(new Row(r.cells().subList(1, 7), true, AT));
        }
        List<Sheet> sheets = read(first(), six);
        assertTrue(sheets.size() < 2 || sheets.get(1).indicators().isEmpty(), sheets.toString());
    }
}
