package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.internal.layout.Cell;
import dev.zhibiao.internal.layout.Document;
import dev.zhibiao.internal.layout.Row;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Plain pdftotext of Chromium's prints (plain38, issue 17): a page whose 二级 column is printed after all its rows, the
 * labels dealt by what the rows' names and values say rather than by an even share of the rows each.
 */
class PdfTextLabelsAfterRowsTest {

    private static List<List<String>> tableRows(Document d) {
        return d.rows().stream().filter(Row::table).map(r -> r.cells().stream().map(Cell::text).toList()).toList();
    }

    private static boolean noted(Document d, String code) {
        return d.notes().values().stream().flatMap(List::stream).anyMatch(n -> n.code().equals(code));
    }

    @Test
    void labelsPrintedAfterEveryRowAreDealtByTheRowsFitsNotByAnEvenSpread() throws Exception {
        // 质量指标 / 时效指标 / 成本指标 printed after the page's last row: eight 质量 rows, three 时效, three 成本
        String text = String.join("\n\n",
                "财政项目支出绩效目标申报表", "项目名称", "城乡居民基本医疗保险补助资金",
                "一级指标", "产出指标", "二级指标", "数量指标", "三级指标", "指标值",
                "参保人数(人)", "≥18万人",
                "以户籍人口数为基数计算的基本\n医保综合参保率(%)", "≥80.00(%)",
                "以常住人口数为基数计算的基本\n参保综合参保率(%)", "≥85.00(%)",
                "重复参保人数(人)", "0", "虚报参保人数(人)", "0",
                "参保人政策范围内住院费用报销\n比例", "≥57.00(%)", "参保人住院费用实际报销比例", "≥52.50(%)",
                "实行按病种(组)、按人头付费等支\n付方式改革", "逐步推开", "基金滚存结余可支配月数(月)", "6-9个月",
                "2019年12月31日前中央财政补助\n资金到位率", "=100.00(%)",
                "2019年12月31日前省级财政补助\n资金到位率", "=100.00(%)",
                "2019年12月31日前地方财政补助\n资金到位率", "=100.00(%)",
                "中央财政补助资金人均补助标准", "312元", "省级财政补助资金人均补助标准", "124.8元",
                "地方财政补助资金人均补助标准", "83.2元",
                "参保对象满意度(%)", "≥90.00(%)",
                "质量指标", "时效指标", "成本指标", "满意度指标", "服务对象满意\n度指标") + "\n";
        Document d = PdfTextReader.read(text, "p.txt");
        List<List<String>> rows = tableRows(d);
        // main: 逐步推开 时效指标, two 到位率 rows 成本指标 (the even share); 基金滚存… (no fit for any label) is left to
        // the spread either way (read 时效指标: a lead)
        assertTrue(rows.contains(List.of("", "质量指标", "实行按病种(组)、按人头付费等支付方式改革", "逐步推开")), rows.toString());
        assertTrue(rows.contains(List.of("", "时效指标", "2019年12月31日前中央财政补助资金到位率", "=100.00(%)")), rows.toString());
        assertTrue(rows.contains(List.of("", "时效指标", "2019年12月31日前地方财政补助资金到位率", "=100.00(%)")), rows.toString());
        assertTrue(rows.contains(List.of("", "成本指标", "中央财政补助资金人均补助标准", "312元")), rows.toString());
        assertTrue(noted(d, "pdftotext-labels-after-rows"), d.notes().toString());
    }

    @Test
    void aRoleInBuildingASystemAndAnAwarenessPercentGoToTheirGroups() throws Exception {
        // 社会效益指标 / 可持续影响指标 / 服务对象满意度指标 printed after the rows: 对…的作用 is a lasting effect's,
        // 政策知晓率 ≥80% a satisfaction survey's
        String text = String.join("\n\n",
                "部门预算项目支出绩效目标表", "项目名称", "医疗救助补助资金",
                "一级指标", "产出指标", "二级指标", "指标值", "数量指标",
                "重特大疾病医疗救助人次占直接救助人\n≥28.00(%)\n次比例", "质量指标",
                "重点对象住院政策范围内个人自负医疗\n费用大病保险起付线以上部分年度限额 ≥70.00(%)\n内救助比例",
                "时效指标", "“一站式”即时结算覆盖地区", "不低于上\n年",
                "医疗救助对象覆盖范围", "逐步扩大", "困难群众看病就医方便程度", "明显提高",
                "困难群众医疗费用负担减轻程度", "有效缓解", "对健全社会救助体系的影响", "成效明显",
                "对健全医疗保障制度体系的作用", "成效明显", "政策知晓率", "≥80.00(%)", "工作满意度", "≥85.00(%)",
                "绩效指标\n社会效益指标\n效益指标\n可持续影响指标\n满意度指标", "三级指标", "服务对象满意度指标") + "\n";
        Document d = PdfTextReader.read(text, "p.txt");
        List<List<String>> rows = tableRows(d);
        // main: both 成效明显 rows 社会效益指标, 政策知晓率 可持续影响指标
        assertTrue(rows.contains(List.of("效益指标", "社会效益指标", "困难群众医疗费用负担减轻程度", "有效缓解")), rows.toString());
        assertTrue(rows.contains(List.of("效益指标", "可持续影响指标", "对健全社会救助体系的影响", "成效明显")), rows.toString());
        assertTrue(rows.contains(List.of("效益指标", "可持续影响指标", "对健全医疗保障制度体系的作用", "成效明显")), rows.toString());
        assertTrue(rows.contains(List.of("满意度指标", "服务对象满意度指标", "政策知晓率", "≥80.00(%)")), rows.toString());
    }
}
