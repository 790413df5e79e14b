package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.internal.layout.Cell;
import dev.zhibiao.internal.layout.Document;
import dev.zhibiao.internal.layout.Row;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Plain pdftotext of Chromium's prints of the fiscal 财政项目支出绩效目标申报表 (plain37, issue 17): a merged label cell
 * printed once, where its group opens, and the labels of later groups printed apart from their rows.
 */
class PdfTextGroupContinuedTest {

    private static List<List<String>> tableRows(Document d) {
        return d.rows().stream().filter(Row::table).map(r -> r.cells().stream().map(Cell::text).toList()).toList();
    }

    private static boolean noted(Document d, String code) {
        return d.notes().values().stream().flatMap(List::stream).anyMatch(n -> n.code().equals(code));
    }

    @Test
    void aLevelOneLabelApartNamingALaterGroupsFamilyIsNotDealtToRowsContinuingTheGroupAbove() throws Exception {
        // a table run onto a new page: the 质量 rows continued there print no label; the page's 一级 column
        // (效益指标 / 满意度指标) is printed after its rows, and 效益指标 is the 社会效益 group's
        String text = String.join("\n\n",
                "财政项目支出绩效目标申报表",
                "项目名称",
                "医疗救助补助资金",
                "一级指标",
                "产出指标",
                "二级指标",
                "三级指标",
                "指标值",
                "数量指标",
                "政策覆盖深度贫困地区农村贫困人口数量",
                "对符合条件农村贫困人口全覆盖",
                "质量指标",
                "明确保障对象范围",
                "出台文件予以明确",
                "农村贫困患者住院及门诊治疗目录外医疗费用比例",
                "≤10.00(%)",
                "实行按病种（组）付费等支付方式改革",
                "在定点救助医疗机构逐步推进",
                "时效指标",
                "一站式结算覆盖地区",
                "不低于上年",
                "社会效益指标",
                "农村因病致贫人数",
                "较上年减少",
                "服务对象满意度指标",
                "农村贫困患者对保障政策满意度",
                "持续提高",
                "效益指标",
                "满意度指标") + "\n";
        Document d = PdfTextReader.read(text, "p.txt");
        List<List<String>> rows = tableRows(d);
        // main read 效益指标 | (none) for both rows
        assertTrue(rows.contains(List.of("", "", "农村贫困患者住院及门诊治疗目录外医疗费用比例", "≤10.00(%)")), rows.toString());
        assertTrue(rows.contains(List.of("", "", "实行按病种（组）付费等支付方式改革", "在定点救助医疗机构逐步推进")), rows.toString());
        assertTrue(rows.contains(List.of("效益指标", "社会效益指标", "农村因病致贫人数", "较上年减少")), rows.toString());
        assertTrue(noted(d, "pdftotext-level1-of-group-below"), d.notes().toString());
    }

    @Test
    void rowsUnderARowPrintingItsLabelContinueItsGroupWhereTheySuitItBetter() throws Exception {
        // 质量指标 printed with the first row, 社会效益指标 after all the rows: the rates continue the 质量 group,
        // the worded effects keep 社会效益指标
        String text = String.join("\n\n",
                "财政项目支出绩效目标申报表",
                "项目名称",
                "医疗保障能力建设补助资金",
                "一级指标",
                "产出指标",
                "二级指标",
                "质量指标",
                "三级指标",
                "指标值",
                "医保信息系统验收合格率",
                "≥90.00(%)",
                "医保信息系统正常运行率",
                "≥90.00(%)",
                "定点医药机构监督检查覆盖率",
                "=100.00(%)",
                "医保人才培养合格率",
                "≥90.00(%)",
                "参保群众政策知晓率",
                "普遍知晓",
                "异地就医直接结算率",
                "有所提高",
                "效益指标",
                "社会效益指标",
                "满意度指标",
                "服务对象满意度指标",
                "参保人员对医保服务的满意度（%）",
                "≥90.00(%)") + "\n";
        Document d = PdfTextReader.read(text, "p.txt");
        List<List<String>> rows = tableRows(d);
        // main read the three rates 效益指标 | 社会效益指标
        assertTrue(rows.contains(List.of("", "质量指标", "医保信息系统正常运行率", "≥90.00(%)")), rows.toString());
        assertTrue(rows.contains(List.of("", "质量指标", "医保人才培养合格率", "≥90.00(%)")), rows.toString());
        assertTrue(rows.contains(List.of("效益指标", "社会效益指标", "参保群众政策知晓率", "普遍知晓")), rows.toString());
        assertTrue(rows.contains(List.of("效益指标", "社会效益指标", "异地就医直接结算率", "有所提高")), rows.toString());
        assertTrue(noted(d, "pdftotext-group-continued"), d.notes().toString());
    }

    @Test
    void aNameWhoseShortLineEndsItsCellBeforeAnotherNameOfItsParagraphPrintsNoValue() throws Exception {
        // three names of the name column in one paragraph, then the third one's value
        String text = String.join("\n\n",
                "财政项目支出绩效目标申报表",
                "项目名称",
                "医疗救助补助资金",
                "一级指标",
                "产出指标",
                "二级指标",
                "三级指标",
                "指标值",
                "数量指标",
                "政策覆盖深度贫困地区农村贫困人口数量",
                "对符合条件农村贫困人口全覆盖",
                "质量指标",
                "明确保障对象范围",
                "出台文件予以明确",
                "确定贫困人口定点救助医疗机构\n建立规范的转诊制度\n至定点救治医疗机构就诊率",
                "≥90.00(%)",
                "农村贫困患者住院及门诊治疗目录外医疗费用\n比例",
                "≤10.00(%)",
                "时效指标",
                "一站式结算覆盖地区",
                "不低于上年") + "\n";
        Document d = PdfTextReader.read(text, "p.txt");
        List<List<String>> rows = tableRows(d);
        // main read 建立规范的转诊制度 | 至定点救治医疗机构就诊率 and ≥90.00(%) as a name
        assertTrue(rows.contains(List.of("", "", "建立规范的转诊制度", "")), rows.toString());
        assertTrue(rows.contains(List.of("", "", "至定点救治医疗机构就诊率", "≥90.00(%)")), rows.toString());
        assertTrue(rows.contains(List.of("", "", "农村贫困患者住院及门诊治疗目录外医疗费用比例", "≤10.00(%)")), rows.toString());
    }
}
