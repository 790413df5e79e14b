package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Indicator;
import dev.zhibiao.Sheet;
import dev.zhibiao.read.Format;
import dev.zhibiao.read.Limits;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Plain pdftotext of whole disclosures (session 34, plaintxt36): a sheet whose narrow 指标值 column wraps its worded
 * values ({@code 逐步扩 / 大}). The level-1 label's first line {@code 产出指} is printed beside the heading row, its
 * {@code 标} after the first row; two names then their values {@code ≥70% / 不低于上年}; then five names of two groups
 * with their labels among them and the five worded values after them ({@link PdfTextWordedColumn}). Main read the
 * label's first line as a row, the worded values as names. The text is a generated disclosure's sheet
 * (disclosures-diag7 d3) as pdftotext printed it.
 */
class PdfTextWordedColumnTest {

    private static Indicator named(Sheet s, String name) {
        for (Indicator i : s.indicators()) {
            if (name.equals(i.name())) {
                return i;
            }
        }
        return null;
    }

    @Test
    void namesAmongLabelsTakeTheWordedValuesPrintedAfterThem() throws Exception {
        List<Sheet> sheets = Readers.read(A, "d.txt", Format.PDFTOTEXT, Limits.defaults());
        assertEquals(1, sheets.size());
        Sheet s = sheets.get(0);
        String all = s.indicators().toString();
        assertEquals(10, s.indicators().size(), all);
        Indicator first = named(s, "重特大疾病医疗救助人次占直接救助人次比例");
        assertNotNull(first, all);
        assertEquals("产出指标", first.level1(), all);
        assertEquals("≥28%", first.value(), all);
        assertNull(named(s, "产出指"), all);
        assertEquals("≥70%", named(s, "重点对象住院政策范围内个人自负医疗费用大病保险起付线以上部分年度限额内救助比例").value(), all);
        assertEquals("不低于上年", named(s, "“一站式”即时结算覆盖地区").value(), all);
        assertEquals("逐步扩大", named(s, "医疗救助对象覆盖范围").value(), all);
        assertEquals("明显提高", named(s, "困难群众看病就医方便程度").value(), all);
        assertEquals("有效缓解", named(s, "困难群众医疗费用负担减轻程度").value(), all);
        assertEquals("成效明显", named(s, "对健全医疗保障制度体系的作用").value(), all);
        assertEquals("≥80%", named(s, "政策知晓率").value(), all);
        assertTrue(s.diagnostics().stream().anyMatch(d -> d.code().equals("pdftotext-worded-column")), all);
    }

    @Test
    void noLabelAmongTheNamesNoZip() {
        // a name and its value each wrapped, their ends printed after them: short Han pieces, not a values column
        List<PdfTextReader.Piece> pieces = new ArrayList<>(List.of(
                new PdfTextReader.Piece("不低于 90%", 1, PdfTextReader.Kind.VALUE),
                new PdfTextReader.Piece("农村贫困患者住院及门诊治疗目录外医疗费用", 2, PdfTextReader.Kind.TEXT),
                new PdfTextReader.Piece("原则上控制在 10%", 3, PdfTextReader.Kind.TEXT),
                new PdfTextReader.Piece("比例", 4, PdfTextReader.Kind.TEXT),
                new PdfTextReader.Piece("以内", 5, PdfTextReader.Kind.TEXT),
                new PdfTextReader.Piece("实行按病种（组）付费等支付方式改革", 6, PdfTextReader.Kind.TEXT)));
        List<PdfTextReader.Piece> before = List.copyOf(pieces);
        assertEquals(0, PdfTextWordedColumn.zip(pieces));
        assertEquals(before, pieces);
    }

    @Test
    void aComparisonWordAloneAndTheTextAfterItAreOneValue() {
        // disclosures-t131 d3 prints 不低于 and 上年 as two paragraphs: read apart, 不低于 was the name's wrapped end
        List<PdfTextReader.Piece> pieces = List.of(
                new PdfTextReader.Piece("重点对象住院政策范围内个人自负医疗费用大病保险起付线以上部分年度限额内救助比例", 903, PdfTextReader.Kind.TEXT),
                new PdfTextReader.Piece("“一站式”即时结算覆盖地区", 905, PdfTextReader.Kind.TEXT),
                new PdfTextReader.Piece("≥70%", 907, PdfTextReader.Kind.VALUE),
                new PdfTextReader.Piece("不低于", 909, PdfTextReader.Kind.TEXT),
                new PdfTextReader.Piece("上年", 911, PdfTextReader.Kind.TEXT),
                new PdfTextReader.Piece("医疗救助对象覆盖范围", 913, PdfTextReader.Kind.TEXT));
        List<PdfTextReader.Piece> out = PdfTextPage.joinWrappedTails(pieces);
        assertEquals(5, out.size(), out.toString());
        assertEquals("“一站式”即时结算覆盖地区", out.get(1).text());
        assertEquals("不低于上年", out.get(3).text());
    }

    private static final String A = String.join("\n",
            "省级对市县专项转移支付区域绩效目标表",
            "（2019 年度）",
            "",
            "项目名称",
            "",
            "医疗救助补助资金",
            "",
            "市(县)名称",
            "",
            "公主岭市",
            "",
            "中央主管部门",
            "",
            "国家医疗保障局",
            "",
            "省级财政部门",
            "",
            "吉林省财政厅",
            "",
            "省级主管部门",
            "",
            "吉林省医疗保障局",
            "",
            "资金情况",
            "",
            "年度资金：",
            "",
            "1717",
            "",
            "其中：中央补助",
            "",
            "1662",
            "",
            "省级资金",
            "",
            "55",
            "",
            "（万元）",
            "",
            "地方资金",
            "目标 1：持续实施重特大疾病医疗救助",
            "目标 2：重点对象住院政策范围内个人自负医疗费用大病保险起付线以上部分年度限额内救助",
            "比例达到 70%",
            "",
            "年度目标",
            "",
            "目标 3：年度救助对象人次规模与上年持平",
            "目标 4：强化医疗救助规范管理。",
            "绩效指标",
            "",
            "一级指",
            "标",
            "产出指",
            "",
            "二级指标",
            "",
            "三级指标",
            "",
            "指标值",
            "",
            "数量指标",
            "",
            "重特大疾病医疗救助人次占直接救助人次比例",
            "",
            "≥28%",
            "",
            "标",
            "质量指标",
            "",
            "时效指标",
            "",
            "重点对象住院政策范围内个人自负医疗费用大病保险起",
            "付线以上部分年度限额内救助比例",
            "“一站式”即时结算覆盖地区",
            "",
            "≥70%",
            "",
            "不低于",
            "上年",
            "",
            "医疗救助对象覆盖范围",
            "",
            "社会效益指标",
            "",
            "效益指",
            "",
            "困难群众看病就医方便程度",
            "",
            "困难群众医疗费用负担减轻程度",
            "",
            "标",
            "",
            "对健全社会救助体系的影响",
            "可持续影响指",
            "标",
            "对健全医疗保障制度体系的作用",
            "",
            "满意度",
            "",
            "服务对象满意",
            "",
            "指标",
            "",
            "度指标",
            "",
            "逐步扩",
            "大",
            "明显提",
            "高",
            "有效缓",
            "解",
            "成效明",
            "显",
            "成效明",
            "显",
            "",
            "政策知晓率",
            "",
            "≥80%",
            "",
            "工作满意度",
            "",
            "≥85%");
}
