package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Indicator;
import dev.zhibiao.Sheet;
import dev.zhibiao.read.Format;
import dev.zhibiao.read.Limits;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Plain pdftotext of a department budget sheet (部门预算 绩效目标表, six columns) in a whole disclosure (plain26): its
 * indicator rows printed row by row, but the side labels printed apart from them — two label cells on consecutive lines
 * before the rows ({@code 质量指标} / {@code 效果指标 社会效益指标}), the others after the last row, with the last row's name
 * ({@link PdfTextBudgetRows}, {@link PdfTextBudgetLabels}). The text is the print order of disclosures-fresh10 d3's
 * sheet page, as pdftotext printed it (before plain26 no sheet was read from it at all), and of a sheet of the same form
 * whose labels are all printed after its rows (a disclosure made with seed 826101, d13; no row was read before).
 */
class PdfTextBudgetLabelsTest {

    private static boolean has(Sheet s, String level1, String level2, String name, String value) {
        for (Indicator i : s.indicators()) {
            if (name.equals(i.name()) && value.equals(i.value()) && level1.equals(i.level1()) && level2.equals(i.level2())) {
                return true;
            }
        }
        return false;
    }

    @Test
    void sideLabelsPrintedApartAreDealtToRunsOfRowsInTheFrameworksOrder() throws Exception {
        List<Sheet> sheets = Readers.read(A, "d3.txt", Format.PDFTOTEXT, Limits.defaults());
        assertEquals(1, sheets.size());
        Sheet s = sheets.get(0);
        assertEquals(5, s.indicators().size(), s.indicators().toString());
        assertTrue(has(s, "产出指标", "数量指标", "资助人口参加基本医疗保险人数", "≥30000人"), s.indicators().toString());
        assertTrue(has(s, "产出指标", "数量指标", "医疗救助人次数", "≥300 人次"), s.indicators().toString());
        assertTrue(has(s, "产出指标", "质量指标", "县域内人口医疗保险和医疗救助费用“一站式”结算率", "≥100%"), s.indicators().toString());
        assertTrue(has(s, "效果指标", "社会效益指标", "医疗救助政策知晓率", "≥85%"), s.indicators().toString());
        assertTrue(s.diagnostics().stream().anyMatch(d -> d.code().equals("pdftotext-budget-labels-apart")));
    }

    @Test
    void theLastRowsNamePrintedAmongTheLabelsAfterTheRowsIsItsName() throws Exception {
        Sheet s = Readers.read(A, "d3.txt", Format.PDFTOTEXT, Limits.defaults()).get(0);
        assertTrue(has(s, "满意度指标", "服务对象满意度指标", "受益人口满意度", "≥85%"), s.indicators().toString());
        assertTrue(s.diagnostics().stream().anyMatch(d -> d.code().equals("pdftotext-budget-name-apart")));
    }

    @Test
    void rowsReadBeforeAnySideLabelTakeTheLabelsPrintedAfterThem() throws Exception {
        Sheet s = Readers.read(B, "d13.txt", Format.PDFTOTEXT, Limits.defaults()).get(0);
        assertEquals(6, s.indicators().size(), s.indicators().toString());
        assertTrue(has(s, "产出指标", "数量指标", "医疗救助人次数", "≥500 人次"), s.indicators().toString());
        assertTrue(has(s, "效果指标", "社会效益指标", "医疗救助政策知晓率", "≥85%"), s.indicators().toString());
        assertTrue(has(s, "满意度指标", "服务对象满意度指标", "受益群众满意度", "≥85%"), s.indicators().toString());
        assertTrue(has(s, "满意度指标", "服务对象满意度指标", "受益人口满意度", "≥85%"), s.indicators().toString());
    }

    private static final String A = String.join("\n",
            "\f第四部分 项目支出绩效目标申报表",
            "1、城乡医疗救助补助资金（县级补助资金）绩效目标表",
            "450002 顺平县医疗保障局",
            "450-0203-JZNQ35Y",
            "",
            "项目编码",
            "预算规模及资金用",
            "途",
            "",
            "资金支出计划（%）",
            "绩效目标",
            "一级指标",
            "",
            "单位：元",
            "",
            "预算数",
            "",
            "2463182.0",
            "0",
            "",
            "项目名称",
            "",
            "城乡医疗救助补助资金（县级补助资",
            "金）",
            "",
            "其中：财政资",
            "金",
            "",
            "2463182.00",
            "",
            "其他资金",
            "",
            "保证城乡医疗救助正常开展，提高困难群众的满意度。",
            "3 月底 6 月底",
            "",
            "10 月底",
            "",
            "12 月底",
            "",
            "25.00 50.00",
            "",
            "75.00",
            "",
            "100.00",
            "",
            "1、保证困难城乡居民的参保和大病救助工作",
            "二级指标",
            "",
            "三级指标",
            "",
            "绩效指标描述",
            "",
            "质量指标",
            "效果指标 社会效益指标",
            "",
            "指标值确定",
            "依据",
            "",
            "资助人口参加基本医疗保险人数",
            "",
            "资助参保人数",
            "",
            "≥30000",
            "人",
            "",
            "上级文件政",
            "策",
            "",
            "医疗救助人次数",
            "",
            "大病患者救助人数",
            "",
            "≥300 人",
            "次",
            "",
            "上级文件政",
            "策",
            "",
            "县域内人口医疗保险和医疗救助费",
            "用“一站式”结算率",
            "",
            "一站式保销结算、和",
            "报销及时率",
            "",
            "≥100%",
            "",
            "上级文件政",
            "策",
            "",
            "医疗救助政策知晓率",
            "",
            "资助参保人员政策知",
            "晓率",
            "",
            "≥85%",
            "",
            "上级文件政",
            "策",
            "",
            "资助参保人员满意程",
            "度",
            "",
            "≥85%",
            "",
            "上级文件政",
            "策",
            "",
            "数量指标",
            "产出指标",
            "",
            "指标值",
            "",
            "满意度指 服务对象满意度",
            "受益人口满意度",
            "标",
            "指标",
            "",
            "\f",
            "");

    private static final String B = String.join("\n",
            "\f第四部分 项目支出绩效目标申报表",
            "1、冀财社【2019】116 号河北省财政厅、河北省医疗保障局关于提前下达 2020 年中央财政医疗救助补助",
            "资金（第一批）绩效目标表",
            "450002 顺平县医疗保障局",
            "",
            "项目编码",
            "",
            "450-0203-JSNT1TV",
            "",
            "单位：元",
            "",
            "项目名称",
            "",
            "冀财社【2019】116 号河北省财政厅、河北省医疗保障局关于",
            "提前下达 2020 年中央财政医疗救助补助资金（第一批）",
            "",
            "预算",
            "6600000.0 其中：财政",
            "6600000.00",
            "预算规模及 数",
            "0",
            "资金",
            "资金用途",
            "做好困难群众医疗救助工作，提高预算完整性，加快支出进度，",
            "资金支出计 3 月底 6 月底",
            "划（%）",
            "25.00 50.00",
            "",
            "10 月底",
            "",
            "12 月底",
            "",
            "75.00",
            "",
            "100.00",
            "",
            "绩效目标",
            "",
            "1、保证城乡医疗救助正常开展，提高困难群众的满意度。",
            "",
            "一级指标",
            "",
            "二级指标",
            "",
            "绩效指标描述",
            "",
            "指标值",
            "",
            "指标值确定",
            "依据",
            "",
            "资助人口参加基本医疗保险人数",
            "",
            "资助困难群众、弱势群",
            "体参保人数",
            "",
            "≥30000",
            "人",
            "",
            "上级文件政",
            "策",
            "",
            "医疗救助人次数",
            "",
            "重特大疾病救助人数",
            "",
            "≥500 人",
            "次",
            "",
            "上级文件政",
            "策",
            "",
            "县域内人口医疗保险和医疗救助费",
            "用“一站式”结算率",
            "",
            "一站式报销结算",
            "",
            "≥100%",
            "",
            "上级文件政",
            "策",
            "",
            "医疗救助政策知晓率",
            "",
            "资助困难群众、弱势群",
            "体政策知晓率",
            "",
            "≥85%",
            "",
            "上级文件政",
            "策",
            "",
            "受益群众满意度",
            "",
            "资助困难群众、弱势群",
            "体满意程度",
            "",
            "≥85%",
            "",
            "上级文件政",
            "策",
            "",
            "受益人口满意度",
            "",
            "重特大疾病救助人群满",
            "意程度",
            "",
            "≥85%",
            "",
            "上级文件政",
            "策",
            "",
            "三级指标",
            "",
            "数量指标",
            "产出指标",
            "质量指标",
            "效果指标 社会效益指标",
            "",
            "满意度指 服务对象满意度",
            "标",
            "指标",
            "",
            "其他资金",
            "",
            "\f",
            "");
}
