package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.FundingItem;
import dev.zhibiao.Indicator;
import dev.zhibiao.Locator;
import dev.zhibiao.Sheet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rules found by writing other governments' forms as probes (session templates12, fixtures t10–t13):
 * level labels joined in one cell, 年度预算 as a money block, captions inside the money block, colon
 * labels parted by ideographic spaces, side-by-side goal texts in space-aligned text, numbered titles.
 */
class FormRulesTest {

    private static List<Sheet> recover(String... lines) {
        return Recovery.recover(RecoveryTest.doc(lines));
    }

    private static final String[] JOINED_LEVELS = {
        "2024年度市级项目支出绩效目标表",
        "| 项目名称 | 高标准农田建设 | |",
        "| 年度绩效目标 | 1.新建高标准农田2万亩。2.粮食产能稳步提升。 | |",
        "| 绩效指标 | 指标内容 | 指标值 |",
        "| 产出指标—数量指标 | 新建高标准农田面积 | ≥2万亩 |",
        "| 产出指标-质量指标 | 工程验收合格率 | 100% |",
        "| 效益指标／经济效益指标 | 亩均粮食增产 | ≥50公斤 |",
        "| 满意度指标—服务对象满意度指标 | 农户满意度 | ≥90% |",
    };

    @Test
    void levelLabelsJoinedInOneCellAreReadAsTwoColumns() {
        Sheet s = recover(JOINED_LEVELS).get(0);
        List<Indicator> in = s.indicators();
        assertEquals(4, in.size(), in + "\n" + s.diagnostics());
        assertEquals("产出指标", in.get(0).level1());
        assertEquals("数量指标", in.get(0).level2());
        assertEquals("新建高标准农田面积", in.get(0).name());
        assertEquals("≥2万亩", in.get(0).value());
        assertEquals("质量指标", in.get(1).level2());
        assertEquals("效益指标", in.get(2).level1());
        assertEquals("经济效益指标", in.get(2).level2());
        assertEquals("服务对象满意度指标", in.get(3).level2());
        assertEquals(List.of("新建高标准农田2万亩。", "粮食产能稳步提升。"), s.goals(), "the table is not the goals' text");
        assertTrue(s.diagnostics().stream().filter(d -> d.code().equals("cell-split")).count() >= 5, s.diagnostics().toString());
    }

    @Test
    void onlyVocabularyPairsAreSplit() {
        assertNotNull(LevelPairs.pair("产出指标—时效指标"));
        assertNotNull(LevelPairs.pair("效益指标 - 可持续影响指标"));
        assertNull(LevelPairs.pair("产出指标"), "a label alone");
        assertNull(LevelPairs.pair("数量指标—产出指标"), "level 2 first");
        assertNull(LevelPairs.pair("2023—2025年"), "no labels");
        assertNull(LevelPairs.pair("城区—郊区道路"), "no labels");
        // on two lines of the cell (产出指标<br>数量指标), as the HTML and .docx readers give a cell's lines
        org.junit.jupiter.api.Assertions.assertArrayEquals(new String[] {"满意度指标", "服务对象满意度指标"},
                LevelPairs.pair("满意度指标\n服务对象满意度指标"));
        assertNull(LevelPairs.pair("社会效益\n指标"), "a label wrapped in its cell");
        assertNull(LevelPairs.pair("产出指标\n培训人数"), "a label and a name");
        // one row with a pair is not a column
        List<Row> one = RecoveryTest.doc("| 绩效指标 | 指标内容 | 指标值 |", "| 产出指标—数量指标 | 面积 | 2亩 |").rows();
        assertEquals(one, LevelPairs.split(one, new SheetDraft()));
    }

    private static final String[] DEPARTMENT_SELF = {
        "部门整体支出绩效自评表",
        "（2023年度）",
        "| 部门名称 | 某区卫生健康委员会 | | | | | | |",
        "| 年度预算（万元） | | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |",
        "| | 年度资金总额 | 5200 | 5680 | 5396 | 10 | 95% | 9.5 |",
        "| | 按收入性质分： | | | | | | |",
        "| | 其中：财政拨款 | 5000 | 5480 | 5206 | — | 95% | — |",
        "| | 按支出性质分： | | | | | | |",
        "| | 其中：基本支出 | 3100 | 3300 | 3280 | — | 99.39% | — |",
        "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |",
        "| 产出指标 | 数量指标 | 家庭医生签约服务人数 | ≥8万人 | 8.6万人 | 10 | 10 | |",
    };

    @Test
    void annualBudgetOpensTheMoneyBlockAndItsColumnsAreRead() {
        Sheet s = recover(DEPARTMENT_SELF).get(0);
        assertEquals("万元", s.funding().unit());
        List<FundingItem> items = s.funding().items();
        assertEquals(3, items.size(), items + "\n" + s.diagnostics());
        // before: budget 5200 (年初预算数), executed 5680, rate 5396: every figure in the wrong field
        assertEquals(new FundingItem("年度资金总额", null, null, new BigDecimal("5680"), new BigDecimal("5396"), new BigDecimal("95")),
                items.get(0));
        assertEquals(new BigDecimal("3300"), items.get(2).budget());
        assertEquals("基本支出", items.get(2).label());
        assertTrue(MoneyVocabulary.isFundingLabel("年度预算（万元）"));
        assertTrue(MoneyVocabulary.isFundingLabel("年度预算"));
        assertFalse(MoneyVocabulary.isFundingLabel("年度预算数"), "a money line");
        assertFalse(MoneyVocabulary.isFundingLabel("年度预算执行情况说明"));
    }

    @Test
    void aBudgetsStateNamesTheMoneyBlock() {
        // 年度预算执行情况（元） over 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 (template t24): before, no
        // money block was opened, each line's first three figures were read as budget, executed and rate, and
        // the unit was taken as 万元 (budget 12345600 from 年初预算数, rate 12630450.5)
        String[] lines = DEPARTMENT_SELF.clone();
        lines[3] = lines[3].replace("年度预算（万元）", "年度预算执行情况（元）");
        Sheet s = recover(lines).get(0);
        assertEquals("元", s.funding().unit());
        assertEquals(new FundingItem("年度资金总额", null, null, new BigDecimal("5680"), new BigDecimal("5396"), new BigDecimal("95")),
                s.funding().items().get(0), s.funding().items() + "\n" + s.diagnostics());
        assertTrue(MoneyVocabulary.isFundingLabel("预算执行情况（10分）"));
        assertTrue(MoneyVocabulary.isFundingLabel("部门预算情况"));
        assertFalse(MoneyVocabulary.isFundingLabel("项目实施情况"));
    }

    @Test
    void captionsInTheMoneyBlockAreNoItems() {
        Sheet s = recover(DEPARTMENT_SELF).get(0);
        assertTrue(s.funding().items().stream().noneMatch(i -> i.label().startsWith("按")), s.funding().items().toString());
        assertTrue(s.remnants().contains("按收入性质分："), s.remnants().toString());
        assertTrue(s.remnants().contains("按支出性质分："), s.remnants().toString());
        assertTrue(MoneyVocabulary.isFundingCaption("按资金来源分"));
        assertFalse(MoneyVocabulary.isFundingCaption("其他资金"));
    }

    @Test
    void colonLabelsPartedByIdeographicSpaces() {
        List<Cell> cut = ColonLabels.cut(new Cell("主管部门：某市农业农村局\u3000\u3000\u3000\u3000实施单位：某市农田建设管理中心", Locator.line(1)));
        assertNotNull(cut);
        assertEquals(List.of("主管部门", "某市农业农村局", "实施单位", "某市农田建设管理中心"), cut.stream().map(Cell::text).toList());
        List<Cell> money = ColonLabels.cut(new Cell("项目资金（万元）：年度资金总额 1500\u3000其中：财政拨款 1200\u3000其他资金 300", Locator.line(1)));
        assertNotNull(money);
        assertEquals(List.of("项目资金（万元）", "年度资金总额", "1500", "其中：财政拨款", "1200", "其他资金", "300"),
                money.stream().map(Cell::text).toList());
    }

    private static List<List<String>> spaced(String... lines) {
        List<SpacedRows.Line> in = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            in.add(SpacedRowsRulesTest.line(i + 1, lines[i]));
        }
        List<List<String>> out = new ArrayList<>();
        for (Row r : SpacedRows.rows(in)) {
            out.add(r.cells().stream().map(Cell::text).toList());
        }
        return out;
    }

    @Test
    void sideBySideSentencesInSpacedTextStayTwoCells() {
        List<List<String>> rows = spaced(
                "项目名称       农村饮水安全工程",
                "年度总体目标   预期目标                                  实际完成情况",
                "               完成12个村管网改造，受益1.2万人。         完成12个村管网改造，受益1.25万人。",
                "一级指标   二级指标   三级指标   指标值",
                "产出指标   数量指标   改造管网长度   ≥45公里");
        assertTrue(rows.contains(List.of("完成12个村管网改造，受益1.2万人。", "完成12个村管网改造，受益1.25万人。")), rows.toString());
    }

    @Test
    void aTitleNumberedWithChineseNumeralsLosesItsNumber() {
        Sheet s = recover("二、项目支出绩效自评表", "（2023年度）", "| 项目名称 | 某工程 | | |",
                "| 一级指标 | 二级指标 | 三级指标 | 指标值 |", "| 产出指标 | 数量指标 | 长度 | 45公里 |").get(0);
        assertEquals("项目支出绩效自评表", s.title());
    }
    @Test
    void bothPeriodsGoalsAsTwoCellsOfANarrowerRow() {
        // space-aligned text leaves out the empty label column under 总体目标
        Row head = new Row(List.of(new Cell("总体目标", Locator.line(1)), new Cell("中期目标", Locator.line(1)),
                new Cell("年度目标", Locator.line(1))), true, Locator.line(1));
        Row text = new Row(List.of(new Cell("目标1：三年完成30处。", Locator.line(2)), new Cell("目标1：本年完成10处。", Locator.line(2))),
                true, Locator.line(2));
        TwoPeriod.Split split = TwoPeriod.split(List.of(head, text));
        assertEquals(List.of("总体目标", "目标1：本年完成10处。"), split.annual().get(0).cells().stream().map(Cell::text).toList());
        assertEquals(List.of("总体目标", "目标1：三年完成30处。"), split.midTerm().get(0).cells().stream().map(Cell::text).toList());
    }

    @Test
    void aNameThatIsItsLevel2LabelsStemIsNoSlidRow() {
        for (String[] names : new String[][] {{"服务对象满意度指标", "服务对象满意度"}, {"服務對象滿意度指標", "服務對象滿意度"}}) {
            Sheet s = recover("项目支出绩效目标表", "| 项目名称 | 某项目 | | |", "| 一级指标 | 二级指标 | 三级指标 | 指标值 |",
                    "| 产出指标 | 数量指标 | 服务人数 | ≥1200人 |",
                    "| 满意度指标 | " + names[0] + " | " + names[1] + " | ≥90% |").get(0);
            Indicator last = s.indicators().get(1);
            assertEquals(names[1], last.name());
            assertEquals("服务对象满意度指标", last.level2());
            assertEquals("≥90%", last.value());
            assertTrue(s.diagnostics().stream().noneMatch(d -> d.code().equals("row-realigned")), s.diagnostics().toString());
        }
    }
    @Test
    void aSpacedMoneyRowWithAnEmptyColumnKeepsItsFiguresUnderTheirHeadings() {
        List<List<String>> rows = spaced(
                "项目名称           农村饮水工程",
                "项目资金（万元）   年初预算数   全年预算数   全年执行数   分值   执行率   得分",
                "年度资金总额       500          520          494          10     95%      9.5",
                "上年结转资金       0            80           60           —               —",
                "年度总体目标       完成管网改造。");
        // before: read in order, 年初预算数 0 as the budget and 80 as executed
        assertEquals(List.of("上年结转资金", "0", "80", "60", "—", "", "—"), rows.get(3), rows.toString());
        assertEquals(List.of("年度资金总额", "500", "520", "494", "10", "95%", "9.5"), rows.get(2));
        String[] doc = {
                "项目支出绩效自评表",
                "项目名称           农村饮水工程",
                "项目资金（万元）   年初预算数   全年预算数   全年执行数   分值   执行率   得分",
                "年度资金总额       500          520          494          10     95%      9.5",
                "上年结转资金       0            80           60           —               —",
                "一级指标   二级指标   三级指标   指标值",
                "产出指标   数量指标   改造管网长度   ≥45公里"};
        List<SpacedRows.Line> lines = new ArrayList<>();
        for (int i = 0; i < doc.length; i++) {
            lines.add(SpacedRowsRulesTest.line(i + 1, doc[i]));
        }
        Sheet s = Recovery.recover(new Document("t.txt", SpacedRows.rows(lines))).get(0);
        FundingItem carried = s.funding().items().get(1);
        assertEquals(new BigDecimal("80"), carried.budget(), s.funding().items().toString());
        assertEquals(new BigDecimal("60"), carried.executed());
        assertNull(carried.rate());
    }
    @Test
    void aBudgetExecutionRowAtTheHeadOfASpacedTableIsNoIndicator() {
        String[] doc = {
            "项目支出绩效自评表",
            "项目名称   农村饮水工程",
            "一级指标   二级指标   三级指标       年度指标值   实际完成值   分值   得分",
            "                      预算执行率     100%         95%          10     9.5",
            "产出指标   数量指标   改造管网长度   ≥45公里      46公里       15     15"};
        List<SpacedRows.Line> lines = new ArrayList<>();
        for (int i = 0; i < doc.length; i++) {
            lines.add(SpacedRowsRulesTest.line(i + 1, doc[i]));
        }
        Sheet s = Recovery.recover(new Document("t.txt", SpacedRows.rows(lines))).get(0);
        // before: an indicator 产出指标 / 数量指标 / 预算执行率 (its labels filled up from the row below)
        assertEquals(1, s.indicators().size(), s.indicators().toString());
        assertEquals("改造管网长度", s.indicators().get(0).name());
        assertTrue(s.remnants().contains("预算执行率"), s.remnants().toString());
    }
    @Test
    void aJoinedLevelsCellIsNoSentenceToJoinTheNameTo() {
        List<List<String>> rows = spaced(
                "绩效指标                        指标内容             指标值",
                "产出指标—数量指标               新建高标准农田面积   ≥2万亩",
                "满意度指标—服务对象满意度指标   项目区农户满意度     ≥90%");
        assertEquals(List.of("满意度指标—服务对象满意度指标", "项目区农户满意度", "≥90%"), rows.get(2), rows.toString());
        assertTrue(Vocabulary.isJoinedLevels("产出指标—数量指标"));
    }
}
