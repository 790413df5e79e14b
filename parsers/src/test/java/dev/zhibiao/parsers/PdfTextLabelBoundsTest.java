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
 * Plain pdftotext of whole disclosures (plain27): level-2 labels printed with their rows but after their groups' first
 * rows ({@link PdfTextLabelBounds}: a merged label cell printed at its middle), a group's label printed on the line
 * under the name of the row above its printed labels (plain28, {@link PdfTextLabelBounds#underName}), and
 * a sheet title whose title word is cut at its line end ({@link PdfTextTitles#joinWrappedTitles}). The texts are the
 * print order of generated disclosures' sheets (disclosures-fresh d1, disclosures-t130 d3), as pdftotext printed them.
 */
class PdfTextLabelBoundsTest {

    private static String level2(Sheet s, String namePrefix) {
        for (Indicator i : s.indicators()) {
            if (i.name() != null && i.name().startsWith(namePrefix)) {
                return i.level2();
            }
        }
        return null;
    }

    @Test
    void labelsPrintedAtTheirCellsMiddleTakeTheRowsAboveThem() throws Exception {
        // 质量指标 printed before 参保人政策范围内住院费用报销比例, the group's fifth row; 时效指标 after the first 到位率
        // row, 成本指标 after the first 人均补助标准 row
        List<Sheet> sheets = Readers.read(A, "d.txt", Format.PDFTOTEXT, Limits.defaults());
        assertEquals(1, sheets.size());
        Sheet s = sheets.get(0);
        assertEquals(19, s.indicators().size(), s.indicators().toString());
        assertEquals("数量指标", level2(s, "财政补助与个人缴费比值"), s.indicators().toString());
        assertEquals("质量指标", level2(s, "以户籍人口数"), s.indicators().toString());
        assertEquals("质量指标", level2(s, "以常住人口数"), s.indicators().toString());
        assertEquals("质量指标", level2(s, "重复参保人数"), s.indicators().toString());
        assertEquals("质量指标", level2(s, "虚报参保人数"), s.indicators().toString());
        assertEquals("质量指标", level2(s, "基金滚存结余"), s.indicators().toString());
        assertEquals("时效指标", level2(s, "2019 年 12 月 31 日前中央"), s.indicators().toString());
        assertEquals("成本指标", level2(s, "中央财政补助资金人均补助标准"), s.indicators().toString());
        assertEquals("服务对象满意度指标", level2(s, "参保对象满意度"), s.indicators().toString());
        assertTrue(s.diagnostics().stream().anyMatch(d -> d.code().equals("pdftotext-label-bounds")));
    }

    @Test
    void aTitleWordCutAtTheLineEndStillStartsASheet() throws Exception {
        // …转移支付区域（项目）绩效自 / 评表 at the top of a page, after a budget sheet's page
        List<Sheet> sheets = Readers.read(B, "d.txt", Format.PDFTOTEXT, Limits.defaults());
        assertEquals(2, sheets.size(), sheets.toString());
        assertEquals("城乡居民长期护理保险制度试点补助资金转移支付区域（项目）绩效自评表", sheets.get(1).title());
    }

    private static final String A = String.join("\n",
            "部门预算项目支出绩效目标表",
            "（2019 年度）",
            "",
            "项目名称",
            "",
            "城乡居民医疗保险补助资金",
            "",
            "主管部门及",
            "绩效指标",
            "",
            "一级指标",
            "",
            "二级指标",
            "",
            "三级指标",
            "",
            "指标值",
            "",
            "产出指标",
            "",
            "数量指标",
            "",
            "参保人数(人)",
            "",
            "≥5 万人",
            "",
            "各级财政实际补助标准(元)",
            "",
            "≥520 元",
            "",
            "参保居民个人实际缴费标准",
            "",
            "成年人≥270 元; 大中小学",
            "",
            "(元)",
            "",
            "生、儿童≥200 元",
            "",
            "\f财政补助与个人缴费比值",
            "",
            "以户籍人口数为基数计算的基",
            "本医保综合参保率(%)",
            "以常住人口数为基数计算的基",
            "本参保综合参保率(%)",
            "",
            "成年人≤192.59%; 大中",
            "学生、儿童≤260%",
            "",
            "≥60.00(%)",
            "",
            "≥100.00(%)",
            "",
            "重复参保人数(人)",
            "",
            "0",
            "",
            "虚报参保人数(人)",
            "",
            "0",
            "",
            "质量指标",
            "参保人政策范围内住院费用报",
            "销比例",
            "参保人住院费用实际报销比例",
            "实行按病种(组)、按人头付费",
            "等支付方式改革",
            "基金滚存结余可支配月数(月)",
            "2019 年 12 月 31 日前中央",
            "财政补助资金到位率",
            "",
            "时效指标",
            "",
            "2019 年 12 月 31 日前省级",
            "财政补助资金到位率",
            "2019 年 12 月 31 日前地方",
            "财政补助资金到位率",
            "中央财政补助资金人均补助标",
            "准",
            "",
            "成本指标",
            "",
            "省级财政补助资金人均补助标",
            "准",
            "地方财政补助资金人均补助标",
            "准",
            "",
            "≥70.00(%)",
            "",
            "≥50.00(%)",
            "",
            "逐步推开",
            "",
            "6-9 个月",
            "",
            "=100.00(%)",
            "",
            "=100.00(%)",
            "",
            "=100.00(%)",
            "",
            "312 元",
            "",
            "166.4 元",
            "",
            "41.6 元",
            "",
            "\f满意度指标",
            "",
            "服务对象满意",
            "度指标",
            "",
            "参保对象满意度(%)",
            "",
            "≥90.00(%)",
            "");

    private static final String B = String.join("\n",
            "1、城乡居民基本医疗保险代办员补助资金绩效目标表",
            "450002 顺平县医疗保障局",
            "单位：元",
            "450-0201-JXN-2T53",
            "项目编码",
            "预算数",
            "项目名称",
            "90100.00",
            "城乡居民基本医疗保险代办员补助资金",
            "其中：财政资金",
            "90100.00",
            "其他资金",
            "\f城乡居民长期护理保险制度试点补助资金转移支付区域（项目）绩效自",
            "评表",
            "（2023 年度）",
            "转移支付(项",
            "城乡居民长期护理保险制度试点补助资金",
            "目)名称",
            "中央主管部门",
            "国家医疗保障局",
            "地方主管部门",
            "省医疗保障局",
            "资金使用单位",
            "长春地区",
            "全年执行数(B)",
            "预算执行率(B/A×100%)",
            "975.46",
            "769.9",
            "78.93%",
            "975.46",
            "769.9",
            "78.93%",
            "全年预算数",
            "(A)",
            "年度资金总额：",
            "资金情况（万",
            "元）",
            "其中：中央财政资",
            "金",
            "地方财政资金",
            "其他资金",
            "情况说明",
            "分配科学性",
            "分配科学性",
            "下达及时性",
            "下达及时性");

    @Test
    void aLabelPrintedUnderARowsNameTakesThatRowIntoItsGroup() throws Exception {
        // 政策知晓率 / 满意度指标 in one paragraph (the level-1 label on the line after the name), then 服务对象满意度指标
        // printed before 工作满意度: the 满意度 group holds both rows, its merged cells' middle level with the first
        List<Sheet> sheets = Readers.read(C, "d.txt", Format.PDFTOTEXT, Limits.defaults());
        assertEquals(1, sheets.size(), sheets.toString());
        Sheet s = sheets.get(0);
        assertEquals(10, s.indicators().size(), s.indicators().toString());
        assertEquals("服务对象满意度指标", level2(s, "政策知晓率"), s.indicators().toString());
        assertEquals("满意度指标", level1(s, "政策知晓率"), s.indicators().toString());
        assertEquals("服务对象满意度指标", level2(s, "工作满意度"), s.indicators().toString());
        assertEquals("可持续影响指标", level2(s, "对健全医疗保障制度体系的作用"), s.indicators().toString());
        assertEquals("可持续影响指标", level2(s, "对健全社会救助体系的影响"), s.indicators().toString());
        // read by the label-under-name rule until session 36; since plain38's category fits (作用 suits 可持续影响指标, 知晓率
        // with a percent 满意度) the names-zipped rule reads these rows first, to the same levels (the label-under-name
        // rule, reached by no plain text of the corpus after that, was removed in session 37: plain39)
        assertTrue(s.diagnostics().stream().anyMatch(d -> d.code().equals("pdftotext-names-zipped")), s.diagnostics().toString());
    }

    @Test
    void theNextGroupsLabelsPrintedInARowsNameParagraphLeaveTheRowInItsGroup() throws Exception {
        // a made-up sheet printed as LibreOffice prints the 2019 form: 数量指标 / 质量指标 after their rows, 成本指标 before its
        // three rows, the last cost row's name paragraph holding the satisfaction group's labels cut on the lines after it
        // (每场培训场地租赁费用 / 满意度指 服务对象满意度 / 参训人员满意度(%) / 标 / 指标). The label-under-name rule (removed in
        // session 37, plain39; it fired on two corpus texts, both wrongly) gave the cost row the 满意度 group's labels.
        List<Sheet> sheets = Readers.read(UNDER_NAME, "d.txt", Format.PDFTOTEXT, Limits.defaults());
        assertEquals(1, sheets.size(), sheets.toString());
        Sheet s = sheets.get(0);
        String all = s.indicators().toString();
        assertEquals(7, s.indicators().size(), all);
        assertEquals("成本指标", level2(s, "每场培训场地租赁费用"), all);
        assertEquals("产出指标", level1(s, "每场培训场地租赁费用"), all);
        assertEquals("成本指标", level2(s, "每册手册印刷成本"), all);
        assertEquals("服务对象满意度指标", level2(s, "参训人员满意度"), all);
        assertEquals("满意度指标", level1(s, "参训人员满意度"), all);
        assertEquals("数量指标", level2(s, "发放培训手册数量"), all);
        assertEquals("质量指标", level2(s, "培训考核合格率"), all);
        assertTrue(s.diagnostics().stream().noneMatch(d -> d.code().equals("pdftotext-label-under-name")), s.diagnostics().toString());
    }

    /** A made-up target sheet (session 37, plain39), plain pdftotext as LibreOffice prints it. */
    private static final String UNDER_NAME = String.join("\n",
            "项目支出绩效目标表",
            "（2023 年度）",
            "",
            "项目名称",
            "",
            "乡村文化培训补助经费",
            "",
            "主管部门",
            "",
            "县文化馆",
            "",
            "实施单位",
            "",
            "县文化馆",
            "",
            "项目资金",
            "（元）",
            "",
            "项目资金总额",
            "",
            "120,000.00",
            "",
            "年度目标",
            "",
            "目标 1：完成基层文化骨干培训。",
            "",
            "绩效指标",
            "",
            "一级指标 二级指标",
            "",
            "三级指标",
            "",
            "指标值",
            "",
            "产出指标",
            "",
            "培训人数(人)",
            "",
            "≥300 人",
            "",
            "发放培训手册数量(册)",
            "",
            "≥2000 册",
            "",
            "培训考核合格率(%)",
            "",
            "≥90%",
            "",
            "数量指标",
            "",
            "质量指标",
            "",
            "成本指标",
            "",
            "每人培训补助标准",
            "",
            "150 元",
            "",
            "每册手册印刷成本",
            "",
            "8 元",
            "",
            "每场培训场地租赁费用",
            "满意度指 服务对象满意度",
            "参训人员满意度(%)",
            "标",
            "指标",
            "",
            "600 元",
            "≥95%",
            "");

    private static String level1(Sheet s, String namePrefix) {
        for (Indicator i : s.indicators()) {
            if (i.name() != null && i.name().startsWith(namePrefix)) {
                return i.level1();
            }
        }
        return null;
    }

    /** disclosures-fresh d1's 医疗救助补助资金 sheet, its title to its last value, as plain pdftotext printed it (plain28). */
    private static final String C = String.join("\n",
            "财政项目支出绩效目标申报表",
            "（2019 年度）",
            "",
            "项目名称",
            "",
            "医疗救助补助资金",
            "",
            "主管部门",
            "",
            "[105]顺平区市场监督管",
            "",
            "及代码",
            "",
            "理局",
            "",
            "项目属性",
            "",
            "一次性项目",
            "",
            "项目资金",
            "（元）",
            "",
            "实施单位",
            "",
            "顺平区市场监督管理事务中心",
            "",
            "项目期",
            "",
            "3年",
            "",
            "项目资金总额",
            "",
            "18,150,000.00",
            "",
            "年度资金申请总额",
            "",
            "18,150,000.00",
            "",
            "其中：当年财政拨款",
            "",
            "18,150,000.00",
            "",
            "上年结转资金",
            "",
            "0.00",
            "",
            "项目总目标",
            "",
            "年度总体目标",
            "",
            "1、持续实施重特大疾病医疗救助",
            "1、持续实施重特大疾病医疗救助",
            "2、重点对象住院政策范围内个人自负医疗费用",
            "大病保险起付线以上部分年度限额内救助比例",
            "",
            "2、重点对象住院政策范围内个人自负医疗费",
            "",
            "达到 70%",
            "",
            "用大病保险起付线以上部分年度限额内救助比",
            "",
            "总体目标",
            "",
            "例达到 70%",
            "3、年度救助对象人次规模与上年持平",
            "3、年度救助对象人次规模与上年持平",
            "4、强化医疗救助规范管理。",
            "4、强化医疗救助规范管理。",
            "5、建立健全长效机制，巩固项目实施成效。",
            "绩效指标",
            "",
            "一级指标",
            "产出指标",
            "",
            "二级指标",
            "",
            "数量指标",
            "",
            "质量指标",
            "",
            "三级指标",
            "",
            "指标值",
            "",
            "重特大疾病医疗救助人次占直接救",
            "",
            "≥28.0",
            "",
            "助人次比例",
            "",
            "0(%)",
            "",
            "重点对象住院政策范围内个人自负",
            "",
            "≥70.0",
            "",
            "医疗费用大病保险起付线以上部分",
            "",
            "0(%)",
            "",
            "年度限额内救助比例",
            "",
            "时效指标",
            "",
            "“一站式”即时结算覆盖地区",
            "",
            "医疗救助对象覆盖范围",
            "",
            "社会效益指标",
            "",
            "效益指标",
            "",
            "困难群众看病就医方便程度",
            "",
            "困难群众医疗费用负担减轻程度",
            "",
            "对健全社会救助体系的影响",
            "",
            "不低于",
            "上年",
            "逐步扩",
            "大",
            "明显提",
            "高",
            "有效缓",
            "解",
            "成效明",
            "显",
            "",
            "可持续影响指标",
            "对健全医疗保障制度体系的作用",
            "",
            "政策知晓率",
            "满意度指标",
            "",
            "服务对象满意度指",
            "标",
            "工作满意度",
            "",
            "成效明",
            "显",
            "≥80.0",
            "",
            "0(%)",
            "≥85.0",
            "",
            "0(%)",
            "",
            "");
}
