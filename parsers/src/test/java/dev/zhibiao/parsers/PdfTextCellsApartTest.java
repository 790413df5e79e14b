package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.internal.layout.Cell;
import dev.zhibiao.internal.layout.Document;
import dev.zhibiao.internal.layout.Row;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Plain pdftotext: a cell's pieces printed apart from it, put back (plain17, issue 17). */
class PdfTextCellsApartTest {

    private static List<List<String>> tableRows(Document d) {
        return d.rows().stream().filter(Row::table).map(r -> r.cells().stream().map(Cell::text).toList()).toList();
    }

    private static String page(String... body) {
        return String.join("\n\n", "某县项目支出绩效目标申报表", "项目名称 某项目", "项目资金\n（元）", "项目资金总额", "1,000.00",
                "一级指标", "二级指标", "三级指标", "指标值", String.join("\n\n", body)) + "\n";
    }

    @Test
    void aUnitAloneBelowTheIndicatorHeadingIsTheNameRestNotTheMoneyUnit() throws Exception {
        // 参保居民个人实际缴费标准(元): the name's bracketed unit printed apart between its value's two lines
        Document d = PdfTextReader.read(page("产出指标", "数量指标", "参保人数(人)", "≥40.8 万人", "参保居民个人实际缴费标准",
                "成年人≥270 元; 大中小学", "(元)", "生、儿童≥200 元", "质量指标", "重复参保人数(人)", "0"), "u.txt");
        List<List<String>> rows = tableRows(d);
        assertTrue(rows.stream().anyMatch(r -> r.contains("参保居民个人实际缴费标准(元)")
                && r.contains("成年人≥270 元; 大中小学生、儿童≥200 元")), rows.toString());
        // the money block keeps its own unit, printed above the heading
        assertTrue(d.rows().stream().anyMatch(r -> r.cells().stream().anyMatch(c -> c.text().equals("项目资金（元）"))),
                d.rows().toString());
    }

    @Test
    void aNameCutAtTheColumnWidthTakesBackItsLastLinePrintedAfterTheValues() throws Exception {
        // the 三级 column printed whole, then the 指标值 column; the last name's second line (地区) printed
        // below the values; the labels printed whole before them, one level-2 cell per row
        String text = String.join("\n\n", "某县项目支出绩效目标申报表", "项目名称 某项目", "一级指标", "二级指标",
                "成本指标", "社会成本指标", "产出指标", "数量指标", "质量指标", "时效指标", "三级指标",
                "对健全医疗保障制度体系的\n影响", "医疗救助对象人次规模", "重点救助对象自负费用年度\n限额内住院救助比例",
                "城市内一站式即时结算覆盖", "指标值", "成效明显", "符合救助条件的对象按规\n定纳入救助范围", "≥70.00(%)",
                "不低于上年", "地区") + "\n";
        List<List<String>> rows = tableRows(PdfTextReader.read(text, "c.txt"));
        List<List<String>> body = rows.subList(rows.size() - 4, rows.size());
        assertEquals(List.of(List.of("成本指标", "社会成本指标", "对健全医疗保障制度体系的影响", "成效明显"),
                List.of("产出指标", "数量指标", "医疗救助对象人次规模", "符合救助条件的对象按规定纳入救助范围"),
                List.of("产出指标", "质量指标", "重点救助对象自负费用年度限额内住院救助比例", "≥70.00(%)"),
                List.of("产出指标", "时效指标", "城市内一站式即时结算覆盖地区", "不低于上年")), body, rows.toString());
    }

    @Test
    void aShortLineAfterTheValuesStaysApartWhenNoNameIsCutAtTheColumnWidth() throws Exception {
        // two names as wide as the column: which one the piece ends is not told
        String text = String.join("\n\n", "某县项目支出绩效目标申报表", "项目名称 某项目", "一级指标", "二级指标",
                "产出指标", "数量指标", "质量指标", "三级指标", "医疗救助对象人次规模统计", "城市内一站式即时结算覆盖",
                "指标值", "逐步扩大", "不低于上年", "地区") + "\n";
        List<List<String>> rows = tableRows(PdfTextReader.read(text, "c.txt"));
        assertTrue(rows.stream().noneMatch(r -> r.contains("城市内一站式即时结算覆盖地区")), rows.toString());
    }

    @Test
    void labelsPrintedWholeBeforeRowsWithoutLabelsGoOneLevelTwoToARowInOrder() {
        // 成本指标 then 社会成本指标 (its family): level 1; four level-2 labels for the four rows before the next labels
        List<PdfTextReader.Piece> in = new java.util.ArrayList<>();
        for (String l : List.of("成本指标", "社会成本指标", "产出指标", "数量指标", "质量指标", "时效指标")) {
            in.add(new PdfTextReader.Piece(l, 1, PdfTextReader.Kind.LABEL));
        }
        for (String n : List.of("对健全医疗保障制度体系的影响", "成效明显", "医疗救助对象人次规模", "按规定纳入", "住院救助比例", "≥70.00(%)",
                "城市内一站式即时结算覆盖地区", "不低于上年")) {
            in.add(new PdfTextReader.Piece(n, 2, n.startsWith("≥") ? PdfTextReader.Kind.VALUE : PdfTextReader.Kind.TEXT));
        }
        in.add(new PdfTextReader.Piece("满意度指标", 3, PdfTextReader.Kind.LABEL));
        in.add(new PdfTextReader.Piece("服务对象满意度指标", 3, PdfTextReader.Kind.LABEL));
        in.add(new PdfTextReader.Piece("政策知晓率", 3, PdfTextReader.Kind.TEXT));
        in.add(new PdfTextReader.Piece("≥80.00(%)", 3, PdfTextReader.Kind.VALUE));
        PdfTextIndicators.Indicators ind = new PdfTextIndicators.Indicators(in, false);
        ind.paragraphs = true;
        ind.parse();
        ind.placeApartLabels();
        List<String> labels = ind.rows.stream().map(r -> r.left.l1.text() + "/" + r.left.l2.text()).toList();
        assertEquals(List.of("成本指标/社会成本指标", "产出指标/数量指标", "产出指标/质量指标", "产出指标/时效指标", "满意度指标/服务对象满意度指标"),
                labels);
    }

    @Test
    void twoNameLinesBeforeTwoValuesPrintedInOneParagraphAreTwoCells() throws Exception {
        // 政策知晓率 beside its label's first line, 工作满意度 under it; their values ≥80% / ≥85% in one paragraph
        Document d = PdfTextReader.read(page("产出指标", "数量指标", "参保人数(人)", "≥40.8 万人", "满意度\n指标",
                "服务对象满意度 政策知晓率\n指标\n工作满意度", "≥80%\n≥85%"), "s.txt");
        List<List<String>> rows = tableRows(d);
        assertTrue(rows.stream().anyMatch(r -> r.contains("政策知晓率") && r.contains("≥80%")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.contains("工作满意度") && r.contains("≥85%")), rows.toString());
        // one value after a name's two lines: one name
        Document one = PdfTextReader.read(page("产出指标", "数量指标", "重特大疾病医疗救助人次占直接\n救助人次比例", "≥28%"), "o.txt");
        assertTrue(tableRows(one).stream().anyMatch(r -> r.contains("重特大疾病医疗救助人次占直接救助人次比例")), tableRows(one).toString());
    }

    @Test
    void aNameCutAtTheWrapWidthTakesBackItsShortEndPrintedAfterItsValue() throws Exception {
        // 补助对象医疗费用负担减轻程 / 有效缓解 / 度: the name's line as wide as the widest wrapped line
        Document d = PdfTextReader.read(page("产出指标", "数量指标", "对离休干部和建老人员医疗待\n遇保障", "成效明显",
                "效益指标", "社会效益指标", "补助对象医疗费用负担减轻程", "有效缓解", "度", "满意度指标", "服务对象满意度指标",
                "服务对象满意度", "≥90%"), "e.txt");
        List<List<String>> rows = tableRows(d);
        assertTrue(rows.stream().anyMatch(r -> r.contains("补助对象医疗费用负担减轻程度") && r.contains("有效缓解")), rows.toString());
        // a name narrower than the wrap width keeps a short text after its value apart
        Document narrow = PdfTextReader.read(page("产出指标", "数量指标", "对离休干部和建老人员医疗待\n遇保障", "成效明显",
                "效益指标", "社会效益指标", "困难群众负担减轻", "有效缓解", "满意度", "≥90%"), "n.txt");
        assertTrue(tableRows(narrow).stream().noneMatch(r -> r.contains("困难群众负担减轻满意度")), tableRows(narrow).toString());
    }

    @Test
    void aNameColumnWithNothingAfterItsValueHeadingIsRead() throws Exception {
        // the 指标值 heading the last piece of the page (h4_002_unruled had failed with an index out of bounds)
        String text = String.join("\n\n", "某县项目支出绩效目标申报表", "项目名称 某项目", "一级指标", "二级指标",
                "产出指标", "数量指标", "三级指标", "参保人数", "重复参保人数", "指标值") + "\n";
        assertTrue(tableRows(PdfTextReader.read(text, "h.txt")).stream().anyMatch(r -> r.contains("参保人数")));
    }
}
