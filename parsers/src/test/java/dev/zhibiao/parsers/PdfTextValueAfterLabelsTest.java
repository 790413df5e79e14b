package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Indicator;
import dev.zhibiao.Sheet;
import dev.zhibiao.read.Format;
import dev.zhibiao.read.Limits;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Plain pdftotext of whole disclosures (session 33, plaintxt35): two names printed one after the other
 * ({@code 建立规范的转诊制度 / 至定点救治医疗机构就诊率}), the labels of their group printed apart ({@code 产出指标 / 质量指标}),
 * then one number ({@code ≥90.00(%)}) and the next name. The number is the second name's value, the first name prints
 * none ({@link PdfTextValueAfterLabels}); read in print order the first name took the second as its value and the
 * number became a row of its own. The text is a generated disclosure's sheet (disclosures-t130 d9) as pdftotext
 * printed it.
 */
class PdfTextValueAfterLabelsTest {

    private static Indicator named(Sheet s, String name) {
        for (Indicator i : s.indicators()) {
            if (name.equals(i.name())) {
                return i;
            }
        }
        return null;
    }

    @Test
    void aNumberAfterTheLabelsIsTheSecondNamesValue() throws Exception {
        List<Sheet> sheets = Readers.read(A, "d.txt", Format.PDFTOTEXT, Limits.defaults());
        assertEquals(1, sheets.size());
        Sheet s = sheets.get(0);
        String all = s.indicators().toString();
        Indicator rate = named(s, "至定点救治医疗机构就诊率");
        assertNotNull(rate, all);
        assertEquals("≥90.00(%)", rate.value(), all);
        Indicator referral = named(s, "建立规范的转诊制度");
        assertNotNull(referral, all);
        assertTrue(referral.value() == null || referral.value().isEmpty(), all);
        assertNull(named(s, "≥90.00(%)"), all);
        assertEquals("≤10.00(%)", named(s, "农村贫困患者住院及门诊治疗目录外医疗费用比例").value(), all);
        assertTrue(s.diagnostics().stream().anyMatch(d -> d.code().equals("pdftotext-value-after-labels")));
    }

    @Test
    void aRatesNameTakesNoBareNumber() {
        List<PdfTextReader.Piece> pieces = new java.util.ArrayList<>(List.of(
                new PdfTextReader.Piece("以户籍人口数为基数计算的基本医保综合参保率(%)", 1, PdfTextReader.Kind.TEXT),
                new PdfTextReader.Piece("以常住人口数为基数计算的基本参保综合参保率(%)", 2, PdfTextReader.Kind.TEXT),
                new PdfTextReader.Piece("质量指标", 3, PdfTextReader.Kind.LABEL),
                new PdfTextReader.Piece("0", 4, PdfTextReader.Kind.VALUE),
                new PdfTextReader.Piece("虚报参保人数(人)", 5, PdfTextReader.Kind.TEXT)));
        List<PdfTextReader.Piece> before = List.copyOf(pieces);
        assertEquals(0, PdfTextValueAfterLabels.putBack(pieces, new java.util.ArrayList<>()));
        assertEquals(before, pieces);
    }

    private static final String A = String.join("\n",
            "财政项目支出绩效目标申报表",
            "（2019 年度）",
            "项目名称",
            "",
            "医疗救助补助资金（提高深度贫困地区农村贫困人口医疗保障水平部分）",
            "",
            "主管部门及 [443]宁乡县人力资",
            "实施单位",
            "代码",
            "源和社会保障局",
            "",
            "宁乡县人力资源和社会保障局",
            "",
            "项目属性",
            "",
            "2年",
            "",
            "项目资金",
            "（元）",
            "",
            "一次性项目",
            "",
            "项目期",
            "",
            "项目资金总额",
            "",
            "1,980,000.00",
            "",
            "年度资金申请总额",
            "",
            "1,980,000.00",
            "",
            "其中：当年财政拨款 1,980,000.00",
            "上年结转资金",
            "",
            "0.00",
            "",
            "项目总目标",
            "",
            "年度总体目标",
            "",
            "1、将符合条件的农村贫困人口纳入",
            "保障范围。",
            "2、严格管控医疗费用。",
            "3、立足现有制度提供保障。",
            "总体目标",
            "",
            "4、合理确定农村贫困人口保障水",
            "平。",
            "5、各项保障措施有效衔接。",
            "",
            "1、将符合条件的农村贫困人口纳入保障范围。",
            "2、严格管控医疗费用。",
            "3、立足现有制度提供保障。",
            "4、合理确定农村贫困人口保障水平。",
            "5、各项保障措施有效衔接。",
            "",
            "6、建立健全长效机制，巩固项目实",
            "施成效。",
            "绩效指标",
            "",
            "一级指标",
            "",
            "二级指标",
            "数量指标",
            "",
            "三级指标",
            "",
            "指标值",
            "",
            "政策覆盖深度贫困地区农村贫困人口数量",
            "",
            "对符合条件农村贫",
            "困人口全覆盖",
            "",
            "明确保障对象范围",
            "",
            "出台文件予以明确",
            "",
            "确定贫困人口定点救助医疗机构",
            "建立规范的转诊制度",
            "至定点救治医疗机构就诊率",
            "产出指标",
            "",
            "质量指标",
            "",
            "≥90.00(%)",
            "",
            "农村贫困患者住院及门诊治疗目录外医疗费",
            "≤10.00(%)",
            "用比例",
            "实行按病种（组）付费等支付方式改革",
            "",
            "在定点救助医疗机",
            "构逐步推进",
            "",
            "农村贫困人口住院及门诊大病、慢性病和特",
            "各地区根据实际情",
            "殊疾病医疗费用个人自付比例控制在一定水",
            "况确定具体标准",
            "平",
            "时效指标",
            "",
            "一站式结算覆盖地区",
            "",
            "不低于上年",
            "",
            "社会效益指标 农村因病致贫人数",
            "",
            "较上年减少",
            "",
            "效益指标",
            "",
            "可持续影响指",
            "相关保障政策与政府承受能力相适应",
            "标",
            "",
            "不超过政府承受能",
            "力",
            "",
            "满意度指标",
            "",
            "服务对象满意 农村贫困患者对保障政策满意度",
            "",
            "持续提高",
            "",
            "\f度指标"
    );
}
