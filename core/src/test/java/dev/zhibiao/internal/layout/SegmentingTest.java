package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Kind;
import dev.zhibiao.Locator;
import dev.zhibiao.Sheet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Where sheets are in a long document, and whether something is a sheet. */
class SegmentingTest {

    static final String[] BUDGET = {
        "表1 2024年部门收支预算总表",
        "单位：万元",
        "| 项目 | 预算数 | 项目 | 预算数 |",
        "| 一、一般公共预算拨款收入 | 1,234.56 | 一、一般公共服务支出 | 1,000.00 |",
        "| 合计 | 1,234.56 | 合计 | 1,234.56 |",
        "2024年政府采购支出预算表",
        "| 项目名称 | 采购品目 | 金额 |",
        "| 办公设备购置 | 台式计算机 | 12.00 |",
        "表3 2024年\"三公\"经费支出预算表",
        "| 功能分类科目编码 | 科目名称 | 金额 |",
        "| 2010101 | 行政运行 | 100.00 |",
    };

    static final String[] PROSE = {
        "某某县财政局2024年部门预算公开",
        "目录",
        "第一部分 部门概况……………………1",
        "第二部分 部门预算表……………………3",
        "第一部分 部门概况",
        "一、部门职能",
        "（一）贯彻执行国家有关财政、税收方面的方针政策。",
        "名词解释",
        "1.财政拨款收入：指本级财政当年拨付的资金。",
    };

    static final String[] SHEET = {
        "财政项目支出绩效目标申报表",
        "（2024年度）",
        "| 项目名称 | 城乡居民医疗保险补助资金 | | |",
        "| 主管部门及代码 | [101]某某县医疗保障局 | 实施单位 | 某某县医疗保障局 |",
        "| 项目资金（元） | 项目资金总额 | 1,000,000.00 | |",
        "| | 年度资金申请总额 | 1,000,000.00 | |",
        "| | 其中：当年财政拨款 | 800,000.00 | |",
        "| | 上年结转资金 | 200,000.00 | |",
        "| 总体目标 | 项目总目标 | 年度总体目标 | |",
        "| | 1、巩固参保率。2、提高保障水平。 | 1、参保率稳定。 | |",
        "| 绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标值 |",
        "| | 产出指标 | 数量指标 | 参保人数 | ≥90.00(%) |",
        "| | | 质量指标 | 资金到位率 | =100.00(%) |",
    };

    static List<String> lines(String[]... parts) {
        List<String> out = new ArrayList<>();
        for (String[] p : parts) {
            out.addAll(List.of(p));
        }
        return out;
    }

    static Recovery.Result read(List<String> lines) {
        return Recovery.read(RecoveryTest.doc(lines.toArray(String[]::new)));
    }

    @Test
    void budgetTablesContentsAndProseAreNoSheet() {
        Recovery.Result r = read(lines(PROSE, BUDGET));
        assertEquals(List.of(), r.sheets());
        String summary = r.outside().toString();
        assertEquals(3, r.outside().budgetTables(), summary);
        assertTrue(summary.contains("3 budget tables (部门收支预算总表, 政府采购支出预算表"), summary);
        assertTrue(summary.contains("contents (3 lines)"), summary);
        assertTrue(summary.contains("prose ("), summary);
    }

    @Test
    void aSheetAmongBudgetTablesIsFoundOnceAndTheTablesAfterItAreNotPartOfIt() {
        Recovery.Result r = read(lines(PROSE, BUDGET, new String[] {"七、项目经费情况说明", "该项目用于城乡居民医疗保险补助。"},
                SHEET, BUDGET));
        assertEquals(1, r.sheets().size(), r.sheets().toString());
        Sheet s = r.sheets().get(0);
        assertEquals("财政项目支出绩效目标申报表", s.title());
        assertEquals(Kind.TARGET, s.kind());
        assertEquals(2, s.indicators().size(), s.indicators().toString());
        assertEquals(List.of(), s.remnants());
        assertEquals(List.of("参保率稳定。"), s.goals());
        assertEquals(List.of("巩固参保率。", "提高保障水平。"), s.midTermGoals());
        assertEquals("元", s.funding().unit());
        assertEquals(List.of("项目资金总额", "年度资金申请总额", "当年财政拨款", "上年结转资金"),
                s.funding().items().stream().map(dev.zhibiao.FundingItem::label).toList());
        assertEquals(new java.math.BigDecimal("800000"), s.funding().items().get(2).amount());
        assertEquals(List.of("≥90.00(%)", "=100.00(%)"), s.indicators().stream().map(dev.zhibiao.Indicator::value).toList());
        assertEquals("{\"op\":\"=\",\"value\":100,\"unit\":\"%\"}",
                dev.zhibiao.SheetJson.write(s.indicators().get(1).target()));
        assertEquals(3, r.outside().budgetTables(), r.outside().toString()); // tables of the same name count once
        assertTrue(s.diagnostics().get(0).code().equals("outside-sheets"));
        assertTrue(s.diagnostics().get(0).message().contains("3 budget tables"), s.diagnostics().get(0).message());
    }

    @Test
    void aSheetWhoseTitleWasCutOffIsFoundFromItsHeaderBlock() {
        List<String> l = lines(BUDGET, SHEET);
        l.remove("财政项目支出绩效目标申报表");
        l.remove("（2024年度）");
        Recovery.Result r = read(l);
        assertEquals(1, r.sheets().size());
        assertEquals("城乡居民医疗保险补助资金", r.sheets().get(0).project());
        assertNull(r.sheets().get(0).title());
    }

    @Test
    void aSheetThatStartsAtItsIndicatorHeadingIsFound() {
        List<String> l = lines(BUDGET);
        l.add("续表");
        l.addAll(List.of(SHEET).subList(10, SHEET.length));
        Recovery.Result r = read(l);
        assertEquals(1, r.sheets().size(), r.outside().toString());
        assertEquals(2, r.sheets().get(0).indicators().size());
    }

    @Test
    void aTableWithAProjectLabelButNoSheetBlockIsNoSheet() {
        Recovery.Result r = read(List.of("| 项目名称 | 金额 |", "| 办公设备购置 | 12.00 |", "| 经济科目 | 302 |"));
        assertEquals(List.of(), r.sheets());
        assertTrue(r.outside().toString().contains("table"), r.outside().toString());
    }

    @Test
    void aTitleWithNothingUnderItIsReportedAsSuch() {
        Recovery.Result r = read(List.of("某某县医疗保障局", "2024年项目支出绩效目标表", "本单位无项目支出绩效目标。"));
        assertEquals(List.of(), r.sheets());
        assertTrue(r.outside().toString().contains("sheet title with no sheet under it at line 2"), r.outside().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"部门整体支出绩效目标表", "部门整体支出绩效目标申报表", "县级专项资金绩效目标自评表",
        "转移支付区域（项目）绩效自评表", "部门预算项目支出绩效自评表", "财政项目支出绩效目标申报表", "2023年度绩效目标申报表"})
    void titlesOfTheFamilyStartSheets(String title) {
        List<String> l = lines(SHEET);
        l.set(0, title);
        Recovery.Result r = read(l);
        assertEquals(1, r.sheets().size());
        assertEquals(title.contains("自评") ? Kind.SELF_EVALUATION : Kind.TARGET, r.sheets().get(0).kind());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1、财政项目支出绩效目标申报表……………………12", "财政项目支出绩效目标申报表.......12"})
    void contentsEntriesAreNoTitles(String entry) {
        assertTrue(!Recovery.isTitle(dev.zhibiao.internal.layout.Row.prose(entry, dev.zhibiao.Locator.line(1))));
        assertTrue(DocumentWords.isContentsEntry(entry));
    }

    @Test
    void goalsNumberedInOrderAreSplitWhereTheirLinesWereJoined() {
        assertEquals(List.of("完成鉴定评审工作", "完成日常监管工作,确保基金安全", "达到12、13项"),
                GoalText.splitGoals("1、完成鉴定评审工作2、完成日常监管工作,确保基金安全3、达到12、13项"));
        assertEquals(List.of("参保率达到95%、覆盖12个县"), GoalText.splitGoals("参保率达到95%、覆盖12个县"));
    }

    /**
     * A sheet's title and year read into the last row of the table above it (OCR word boxes between
     * two ruled tables): they start the next sheet, not a row of the first one.
     */
    @Test
    void titleAndYearInATableRowStartTheNextSheet() {
        List<String> second = new ArrayList<>(List.of(SHEET));
        second.set(0, "| 财政项目支出绩效目标申报表 | （2024年度） | | |");
        second.remove(1);
        second.set(1, second.get(1).replace("城乡居民医疗保险补助资金", "城乡医疗救助补助资金"));
        Recovery.Result r = read(lines(SHEET, second.toArray(String[]::new)));
        assertEquals(2, r.sheets().size(), r.sheets().toString());
        Sheet b = r.sheets().get(1);
        assertEquals("财政项目支出绩效目标申报表", b.title());
        assertEquals(2024, b.year());
        assertEquals("城乡医疗救助补助资金", b.project());
        for (Sheet s : r.sheets()) {
            assertEquals(2, s.indicators().size(), s.indicators().toString());
        }
        assertNull(Recovery.titleAndYear(Row.prose("财政项目支出绩效目标申报表", Locator.UNKNOWN)));
        assertNull(Recovery.titleAndYear(RecoveryTest.doc("| 财政项目支出绩效目标申报表 | 城乡居民 |").rows().get(0)));
        // a title cut into cells (an OCR engine boxed it in two runs), with or without its year
        assertEquals(List.of("2、城乡居民基本医疗保险工作经费绩效目标表"), Recovery.titleAndYear(
                RecoveryTest.doc("| 2、城乡居民基本医疗保险工作经费绩效 | 目标表 |").rows().get(0)).stream().map(Row::text).toList());
        assertEquals(List.of("项目支出绩效目标表", "（2023年度）"), Recovery.titleAndYear(
                RecoveryTest.doc("| 项目支出绩效 | 目标表 | （2023年度） |").rows().get(0)).stream().map(Row::text).toList());
        // not when the cells go on past the title, or the joined text does not end as a title does
        assertNull(Recovery.titleAndYear(RecoveryTest.doc("| 项目支出绩效 | 目标表 | 城乡居民 |").rows().get(0)));
        assertNull(Recovery.titleAndYear(RecoveryTest.doc("| 详见绩效目标表 | 的说明 |").rows().get(0)));
    }

    /**
     * A title with the money's unit statement printed at its right, taken into one row by an engine that boxes lines
     * ({@code 1、…绩效目标表 | 单位：元}): the sheet starts there, its title whole, and the unit statement is read as the
     * line under a title is.
     */
    @Test
    void aTitleWithItsUnitStatementInOneRowStartsTheSheet() {
        List<String> lines = new ArrayList<>(List.of(SHEET));
        lines.set(0, "| 1、财政项目支出绩效目标申报表 | 单位：元 | | |");
        Recovery.Result r = read(lines(lines.toArray(String[]::new)));
        assertEquals(1, r.sheets().size(), r.sheets().toString());
        Sheet s = r.sheets().get(0);
        assertEquals("财政项目支出绩效目标申报表", s.title());
        assertEquals(2024, s.year());
        assertEquals(2, s.indicators().size(), s.indicators().toString());
        assertEquals(List.of("项目支出绩效目标表", "（2023年度）", "金额单位：万元"), Recovery.titleAndYear(
                RecoveryTest.doc("| 项目支出绩效目标表 | （2023年度） | 金额单位：万元 |").rows().get(0)).stream().map(Row::text).toList());
        // a second unit, or a cell that is neither year nor unit, is no title row
        assertNull(Recovery.titleAndYear(RecoveryTest.doc("| 项目支出绩效目标表 | 单位：元 | 单位：万元 |").rows().get(0)));
        assertNull(Recovery.titleAndYear(RecoveryTest.doc("| 项目支出绩效目标表 | 单位：元 | 城乡居民 |").rows().get(0)));
    }
    /**
     * The budget unit an OCR engine boxed with the title's line, glued after its last 表
     * ({@code …绩效目标表450002顺平县医疗保障局 | 单位：元}): the title ends at 表 and the unit is the
     * unlabelled organisation beside the unit statement (预算单位); a gap between two Chinese characters
     * of a title is the printing's.
     */
    @Test
    void anOrganisationGluedAfterTheTitleIsTheBudgetUnit() {
        List<String> lines = new ArrayList<>(List.of(SHEET));
        lines.set(0, "| 1、城乡居民 医疗保险补助资金绩效目标表450002某县医疗保障局 | 单位：元 | | |");
        lines.remove(1); // the year printed above, in the document's first lines
        Recovery.Result r = read(lines(lines.toArray(String[]::new)));
        assertEquals(1, r.sheets().size(), r.sheets().toString());
        Sheet s = r.sheets().get(0);
        assertEquals("城乡居民医疗保险补助资金绩效目标表", s.title());
        assertEquals("450002某县医疗保障局", s.attributes().get("预算单位"));
        assertEquals("元", s.funding().unit());
        // what follows 表 and is no organisation stays in the title's line
        assertEquals(-1, ProjectBudgetRows.organizationAfterTitle("项目支出绩效目标表(2023年度)"));
        assertEquals(-1, ProjectBudgetRows.organizationAfterTitle("项目支出绩效目标表"));
        assertEquals(11, ProjectBudgetRows.organizationAfterTitle("1、项目支出绩效目标表某县财政局"));
    }
}
