package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.internal.layout.Cell;
import dev.zhibiao.internal.layout.Document;
import dev.zhibiao.internal.layout.Row;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Plain pdftotext of a self-evaluation (绩效自评表): a row's 指标值 and 全年实际完成值 printed at one height come as one
 * line ({@code ≥623 万人 ≥623 万人}); the line is cut into the two cells, so the rows after it are not read one
 * cell shifted (plain24).
 */
class PdfTextSelfEvalPairsTest {

    @Test
    void twoValuesOfOneFormOnALineAreTheTargetAndTheActual() {
        assertArrayEquals(new String[] {"≥623 万人", "≥623 万人"}, PdfTextIndicators.Indicators.pairOnOneLine("≥623 万人 ≥623 万人"));
        assertArrayEquals(new String[] {"100%", "98%"}, PdfTextIndicators.Indicators.pairOnOneLine("100% 98%"));
        assertArrayEquals(new String[] {"有效缓解", "有效缓解"}, PdfTextIndicators.Indicators.pairOnOneLine("有效缓解 有效缓解"));
        // one value with a space inside, values of two forms, a name and its value: no pair
        assertNull(PdfTextIndicators.Indicators.pairOnOneLine("≥90 %"));
        assertNull(PdfTextIndicators.Indicators.pairOnOneLine("≥623 万人"));
        assertNull(PdfTextIndicators.Indicators.pairOnOneLine("≥80% 100 元"));
        assertNull(PdfTextIndicators.Indicators.pairOnOneLine("成年人≥270 元; 大中小学生、儿童≥200 元"));
        assertNull(PdfTextIndicators.Indicators.pairOnOneLine("基金滚存结余可支付月数(月) 6-9"));
        assertNull(PdfTextIndicators.Indicators.pairOnOneLine("有效缓解 明显提高"));
    }

    @Test
    void aTargetAndActualPrintedAsOneLineAreTwoCellsAndTheRowsAfterStayInPlace() throws Exception {
        // the print order of a generated disclosure's self-evaluation (disclosures-fresh11 d7, plain pdftotext)
        String text = String.join("\n",
                "城乡居民基本医疗保险补助资金转移支付区域(项目)绩效自评表",
                "",
                "（2023 年度）",
                "",
                "目标 3：实现基金收支平衡。",
                "绩效指标",
                "",
                "一级指",
                "标",
                "产出指",
                "标",
                "",
                "全年实际完 未完成原因和改",
                "成值",
                "进措施",
                "",
                "二级指标",
                "",
                "三级指标",
                "",
                "指标值",
                "",
                "数量指标",
                "",
                "参保人数(人)",
                "",
                "≥623 万人 ≥623 万人",
                "",
                "重复参保人数(人)",
                "",
                "0",
                "",
                "0",
                "",
                "虚报参保人数(人)",
                "",
                "0",
                "",
                "0",
                "",
                "参保人政策范围内住院费用",
                "报销比例",
                "",
                "≥70%",
                "",
                "≥70%",
                "",
                "实行按病种(组)、按人头付费",
                "逐步推开",
                "等支付方式改革",
                "",
                "逐步推开",
                "",
                "基金滚存结余可支付月数(月) 6-9",
                "",
                "6-9",
                "",
                "满意度",
                "指标",
                "",
                "开展门诊统筹",
                "",
                "普遍开展",
                "",
                "普遍开展",
                "",
                "政策知晓率",
                "",
                "参保群众政策知晓率",
                "",
                "普遍知晓",
                "",
                "普遍知晓",
                "",
                "服务对象满意",
                "度指标",
                "",
                "参保对象满意度",
                "",
                "≥85%",
                "",
                "≥85%",
                "",
                "") + "\n\f";
        Document d = PdfTextReader.read(text, "s.txt");
        List<List<String>> rows = d.rows().stream().filter(Row::table).map(r -> r.cells().stream().map(Cell::text).toList()).toList();
        // the level labels are filled in later (core): the name, target and actual cells are read here
        assertTrue(rows.stream().anyMatch(r -> r.size() == 5 && r.subList(2, 5).equals(List.of("参保人数(人)", "≥623 万人", "≥623 万人"))), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.size() == 5 && r.subList(2, 5).equals(List.of("重复参保人数(人)", "0", "0"))), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.size() == 5 && r.subList(2, 5).equals(List.of("参保人政策范围内住院费用报销比例", "≥70%", "≥70%"))), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.size() == 5 && r.subList(2, 5).equals(List.of("基金滚存结余可支付月数(月)", "6-9", "6-9"))), rows.toString());
        assertTrue(d.notes().values().stream().flatMap(List::stream).anyMatch(n -> n.code().equals("pdftotext-target-actual-one-line")),
                "the repair is reported");
    }

    @Test
    void theLastRowsCellsPrintedBeforeTheLabelsGoToItsNamePrintedLastAsItsLabel() throws Exception {
        // the print order of a generated disclosure's self-evaluation (disclosures-fresh7 d3, plain pdftotext): the last
        // row's ≥90% / ≥90% printed before the label column's rest, its name 服务对象满意度 last, its label cut
        // 服务对象满意 / … / 度指标
        String text = String.join("\n",
                "城乡居民长期护理保险制度试点补助资金转移支付区域（项目）绩效自评表",
                "",
                "（2023 年度）",
                "",
                "",
                "一级指",
                "标",
                "",
                "产出指",
                "标",
                "",
                "二级指标",
                "",
                "三级指标",
                "",
                "指标值",
                "",
                "全年实际完",
                "成值",
                "",
                "数量指标",
                "",
                "试点地区居民参保覆盖率",
                "",
                "≥95%",
                "",
                "≥95%",
                "",
                "重复参保人数",
                "",
                "0",
                "",
                "0",
                "",
                "虚报参保人数",
                "",
                "0",
                "",
                "0",
                "",
                "居家照护服务试点运行情况",
                "",
                "运行良好",
                "",
                "运行良好",
                "",
                "符合待遇享受条件的参保人",
                "员照护费用负担减轻程度",
                "",
                "有效缓解",
                "",
                "有效缓解",
                "",
                "≥90%",
                "",
                "≥90%",
                "",
                "质量指标",
                "",
                "效益指",
                "标",
                "",
                "社会效益指标",
                "",
                "满意度",
                "指标",
                "",
                "服务对象满意",
                "服务对象满意度",
                "度指标",
                "",
                "未完成原因和改进",
                "措施",
                "") + "\n\f";
        Document d = PdfTextReader.read(text, "s.txt");
        List<List<String>> rows = d.rows().stream().filter(Row::table).map(r -> r.cells().stream().map(Cell::text).toList()).toList();
        assertTrue(rows.stream().anyMatch(r -> r.size() == 5 && r.subList(2, 5).equals(List.of("服务对象满意度", "≥90%", "≥90%"))),
                rows.toString());
        assertTrue(rows.stream().noneMatch(r -> r.size() == 5 && r.get(2).equals("≥90%")), rows.toString());
        assertTrue(rows.stream().noneMatch(r -> r.size() == 5 && r.get(3).equals("度指标")), rows.toString());
    }

    @Test
    void aLabelCutBeforeItsLastCharacterAndZhibiaoTakesItsEndPrintedLater() {
        List<PdfTextReader.Frag> in = List.of(new PdfTextReader.Frag("服务对象满意", 1, 1, true, true),
                new PdfTextReader.Frag("服务对象满意度", 2, 2, true, true), new PdfTextReader.Frag("度指标", 3, 1, true, true));
        List<String> out = PdfTextFragments.joinLabelEnds(in, true).stream().map(PdfTextReader.Frag::text).toList();
        assertTrue(out.equals(List.of("服务对象满意度指标", "服务对象满意度")), out.toString());
        // an end of three characters that is no 指标: not taken
        List<PdfTextReader.Frag> other = List.of(new PdfTextReader.Frag("服务对象满意", 1, 1, true, true),
                new PdfTextReader.Frag("服务对象满意度", 2, 2, true, true), new PdfTextReader.Frag("度指数", 3, 1, true, true));
        assertTrue(PdfTextFragments.joinLabelEnds(other, true).size() == 3);
    }
}
