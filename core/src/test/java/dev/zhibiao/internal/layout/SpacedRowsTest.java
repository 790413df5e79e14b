package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where cells end in text whose cells one space separates: OCR text and a table flattened into one line. */
class SpacedRowsTest {

    /** The line's tokens with their display columns and the spaces before them. */
    private static SpacedRows.Line line(int no, String text) {
        List<SpacedRows.Token> toks = new ArrayList<>();
        int col = 1;
        int gap = 0;
        for (String t : text.split(" ", -1)) {
            if (t.isEmpty()) {
                gap++;
                col++;
                continue;
            }
            toks.add(new SpacedRows.Token(t, col, toks.isEmpty() ? 0 : gap + 1));
            col += t.codePoints().map(c -> c < 0x1100 ? 1 : 2).sum() + 1;
            gap = 0;
        }
        return new SpacedRows.Line(no, toks);
    }

    private static List<List<String>> rows(String... lines) {
        List<SpacedRows.Line> in = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            in.add(line(i + 1, lines[i]));
        }
        List<List<String>> out = new ArrayList<>();
        for (Row r : SpacedRows.rows(in)) {
            List<String> cells = new ArrayList<>();
            for (Cell c : r.cells()) {
                cells.add(c.text());
            }
            out.add(cells);
        }
        return out;
    }

    private static List<String> glued(String text) {
        List<String> out = new ArrayList<>();
        for (ColumnFit.Tok t : SpacedRows.glue(line(1, text).tokens())) {
            out.add(t.text());
        }
        return out;
    }

    @Test
    void aFlattenedHeaderBlockIsCutIntoRowsAtItsLabels() {
        List<List<String>> rows = rows("部门预算项目绩效目标申报表(2019年度) 项目名称 医疗救助补助资金 市(县)名称 舒兰市 "
                + "省级主管部门 吉林省医疗保障局 金额单位:万元 年度资金 1467 中央补助 1419 省级资金 48 地方资金 "
                + "年度目标 1.持续实施重特大疾病医疗救助；2.强化医疗救助规范管理。 一级指标 二级指标 三级指标 指标值 "
                + "产出指标 数量指标 重特大疾病医疗救助人次 ≥28万人 质量指标 救助比例 ≥ 70 % "
                + "满意度指标 服务对象满意度指标 政策知晓率 ≥80%");
        assertTrue(rows.contains(List.of("项目名称", "医疗救助补助资金")), rows.toString());
        assertTrue(rows.contains(List.of("市(县)名称", "舒兰市")), rows.toString());
        assertTrue(rows.contains(List.of("省级主管部门", "吉林省医疗保障局")), rows.toString());
        assertTrue(rows.contains(List.of("金额单位:万元")), rows.toString());
        assertTrue(rows.contains(List.of("年度资金", "1467")), rows.toString());
        assertTrue(rows.contains(List.of("中央补助", "1419")), rows.toString());
        assertTrue(rows.contains(List.of("地方资金")), rows.toString());
        assertTrue(rows.contains(List.of("年度目标", "1.持续实施重特大疾病医疗救助；2.强化医疗救助规范管理。")), rows.toString());
        assertTrue(rows.contains(List.of("", "质量指标", "救助比例", "≥ 70 %")), rows.toString());
    }

    @Test
    void theMoneyBlocksColumnHeadingsAndTheCompletionBlockStayRows() {
        List<List<String>> rows = rows("项目支出绩效自评表 (2023年度) 项目名称 公共文化服务体系建设补助资金 "
                + "资金情况 (万元) 全年预算数(A) 全年执行数(B) 预算执行率(B/A×100%) 年度资金总额 52893 34380 65% "
                + "总体目标完成情况 总体目标 全年实际完成情况 目标1. 实现基金收支平衡。 目标2. 按时完成年度建设任务。 "
                + "一级指标 二级指标 三级指标 指标值 全年实际完成值 产出指标 数量指标 培训人次 ≥383人次 355人次");
        assertTrue(rows.contains(List.of("资金情况 (万元)", "全年预算数(A)", "全年执行数(B)", "预算执行率(B/A×100%)")),
                rows.toString());
        assertTrue(rows.contains(List.of("年度资金总额", "52893", "34380", "65%")), rows.toString());
        assertTrue(rows.contains(List.of("总体目标完成情况", "总体目标", "全年实际完成情况")), rows.toString());
    }

    @Test
    void wrappedLabelsAreGluedButAValueIsNotGluedToTheLabelAfterIt() {
        assertEquals(List.of("项目实施单位", "大安市", "项目资金 (万元)", "1367"), glued("项目实施单位 大安市 项目资金 (万元) 1367"));
        assertEquals(List.of("市(县)名称", "舒兰市", "中 央主管部门", "国家医疗保障局"), glued("市(县)名称 舒兰市 中 央主管部门 国家医疗保障局"));
        assertEquals(List.of("年度资金 总额", "248236"), glued("年度资金 总额 248236"));
        assertEquals(List.of("地方资 金", "其 他资金", "69674"), glued("地方资 金 其 他资金 69674"));
        assertEquals(List.of("总体目标 完成情况", "总体目标"), glued("总体目标 完成情况 总体目标"));
        assertEquals(List.of("白山市农业农村局", "金额 单位:万元"), glued("白山市农业农村局 金额 单位:万元"));
    }

    @Test
    void wrappedHeadingsKeepTheirTailsAndGiveTheNextItsHead() {
        assertEquals(List.of("三级指标", "指 标性质", "指标值", "权重", "指标方向 性"), glued("三级指标 指 标性质 指标值 权重 指标方向 性"));
        assertEquals(List.of("偏差原因分析及改进措施", "产 出指标(120分)"), glued("偏差原因分析及改进措施 产 出指标(120分)"));
        assertEquals(List.of("三级 指标", "指标 性质"), glued("三级 指标 指标 性质"));
    }

    @Test
    void ocrRowsUnderASingleSpacedHeadingAreSplitByWhatTheirTokensAre() {
        List<List<String>> rows = rows("一级指标 二级指标 三级指标 指标性质 指标值 度量单位 权重 指标方向性",
                "满意度指标 服务对象满意度指标 服务对象满意度 ≥  96 % 10 正向指标",
                "产出指标 成本指标 人均补助标准(元) ≤ 1864 元 15 反向指标",
                "时效指标 项目完成时间 定性 8 月底前 10 正向指标");
        assertEquals(List.of("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥", "96", "%", "10", "正向指标"), rows.get(1));
        assertEquals(List.of("产出指标", "成本指标", "人均补助标准(元)", "≤", "1864", "元", "15", "反向指标"), rows.get(2));
        assertEquals(List.of("", "时效指标", "项目完成时间", "定性", "8 月底前", "", "10", "正向指标"), rows.get(3));
    }
}
