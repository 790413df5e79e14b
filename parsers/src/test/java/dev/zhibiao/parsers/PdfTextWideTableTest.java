package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.zhibiao.internal.layout.Cell;
import dev.zhibiao.internal.layout.Row;
import dev.zhibiao.parsers.PdfTextReader.Kind;
import dev.zhibiao.parsers.PdfTextReader.Piece;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Indicator tables whose heading names more columns than levels, name and value (tprint17). */
class PdfTextWideTableTest {

    private static Piece text(String t) {
        return new Piece(t, 1, Kind.TEXT);
    }

    private static Piece label(String t) {
        return new Piece(t, 1, Kind.LABEL);
    }

    private static List<String> cells(Row r) {
        return r.cells().stream().map(Cell::text).toList();
    }

    @Test
    void cellsGoToTheColumnsTheHeadingNamesSkippingTheEmptyOnes() {
        // 一级指标 / 二级指标 / 三级指标 / 指标性质 指标值 / 度量单位 权重 指标方向性, then a cell per line;
        // a qualitative row prints no unit, a late unit is printed below the direction
        List<Piece> in = List.of(text("一级指标"), text("二级指标"), text("三级指标"), text("指标性质 指标值"),
                text("度量单位 权重 指标方向性"),
                label("产出指标"), label("数量指标"), text("参加新闻发布会次数"), text("≥"), text("2"), text("次"), text("10"), text("正向指标"),
                label("产出指标"), label("质量指标"), text("整合城乡居民医保制度"), text("定性"), text("出台文件"), text("5"), text("正向指标"),
                label("满意度指标"), label("服务对象满意度指标"), text("满意度"), text("≥"), text("90"), text("10"), text("正向指标"), text("%"));
        PdfTextWideTable.Table t = PdfTextWideTable.read(in, 0, null);
        assertNotNull(t);
        assertEquals(List.of("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "权重", "指标方向性"), cells(t.rows().get(0)));
        assertEquals(List.of("产出指标", "数量指标", "参加新闻发布会次数", "≥", "2", "次", "10", "正向指标"), cells(t.rows().get(1)));
        assertEquals(List.of("产出指标", "质量指标", "整合城乡居民医保制度", "定性", "出台文件", "", "5", "正向指标"), cells(t.rows().get(2)));
        assertEquals(List.of("满意度指标", "服务对象满意度指标", "满意度", "≥", "90", "%", "10", "正向指标"), cells(t.rows().get(3)));
        assertEquals(List.of(), t.unplaced());
    }

    @Test
    void aDirectionBesideTheValueIsItsOwnCellAndALateHeadingEndsTheRows() {
        List<Piece> in = List.of(text("一级指标"), text("二级指标"), text("三级指标"), text("指标性质 指标值 指标方向"),
                label("产出指标"), label("数量指标"), text("补助少年宫数量"), text("定量"), text("＝１２所 正向"),
                text("指标方向"), text("正向"));
        PdfTextWideTable.Table t = PdfTextWideTable.read(in, 0, null);
        assertEquals(List.of("产出指标", "数量指标", "补助少年宫数量", "定量", "＝１２所", "正向"), cells(t.rows().get(1)));
        assertEquals(List.of("指标方向", "正向"), t.unplaced().stream().map(Piece::text).toList());
    }

    @Test
    void theFourUsualColumnsAreLeftToTheFlowReader() {
        List<Piece> in = List.of(text("一级指标"), text("二级指标"), text("三级指标"), text("指标值"),
                label("产出指标"), label("数量指标"), text("覆盖乡镇数量"), text("14 个"));
        assertNull(PdfTextWideTable.read(in, 0, null));
    }

    @Test
    void aContinuedPageTakesTheHeadingReadBefore() {
        List<String> head = List.of("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "权重");
        List<Piece> in = List.of(label("效益指标"), label("社会效益指标"), text("政策知晓率"), text("定性"), text("普遍知晓"), text("10"));
        PdfTextWideTable.Table t = PdfTextWideTable.read(in, 0, head);
        assertEquals(List.of("效益指标", "社会效益指标", "政策知晓率", "定性", "普遍知晓", "10"), cells(t.rows().get(1)));
    }

    @Test
    void headingWordsWrappedInNarrowCellsArePutBackTogether() {
        // pdftotext prints each heading cell's first line, then the second lines
        List<Piece> in = List.of(text("一级指标"), text("二级指标"), text("三级指标"), text("指标性"), text("指标值"), text("质"),
                text("度量单"), text("指标方向权重"), text("位性"),
                label("产出指标"), label("数量指标"), text("救助人次占比"), text("≥"), text("28"), text("%"), text("20"), text("正向指标"));
        PdfTextWideTable.Table t = PdfTextWideTable.read(in, 0, null);
        assertNotNull(t);
        assertEquals(List.of("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "指标方向", "权重"), cells(t.rows().get(0)));
        assertEquals(List.of("性"), t.unplaced().stream().map(Piece::text).toList());
        assertEquals(List.of("产出指标", "数量指标", "救助人次占比", "≥", "28", "%", "正向指标", "20"), cells(t.rows().get(1)));
    }

    @Test
    void aLeadColumnHoldingBothLevelsCutsRowsAtItsCellsAndAWrappedValueFollows() {
        // 绩效指标 | 指标内容 | 指标值, the value heading found first; each row opens on 一级—二级 in one cell
        List<Piece> in = List.of(text("绩效指标"), text("指标内容"), text("指标值"),
                text("产出指标—数量指标"), text("新建高标准农田面积"), new Piece("≥2 万亩", 3, Kind.VALUE),
                text("产出指标—时效指标"), text("项目完工时间"), new Piece("2024 年 11 月底", 7, Kind.VALUE), new Piece("前", 8, Kind.TEXT),
                text("满意度指标—服务对象满意度指标"), text("项目区农户满意度"), new Piece("≥90%", 11, Kind.VALUE));
        PdfTextWideTable.Table t = PdfTextWideTable.read(in, 2, null);
        assertNotNull(t);
        assertEquals(List.of("绩效指标", "指标内容", "指标值"), cells(t.rows().get(0)));
        assertEquals(List.of("产出指标—数量指标", "新建高标准农田面积", "≥2 万亩"), cells(t.rows().get(1)));
        assertEquals(List.of("产出指标—时效指标", "项目完工时间", "2024 年 11 月底"), cells(t.rows().get(2)));
        assertEquals(List.of("", "", "前"), cells(t.rows().get(3)));
        assertEquals(List.of("满意度指标—服务对象满意度指标", "项目区农户满意度", "≥90%"), cells(t.rows().get(4)));
        assertEquals(List.of(), t.unplaced());
    }

    @Test
    void aLeadHeadingWithoutJoinedLabelsBelowIsLeftToTheFlowReader() {
        List<Piece> in = List.of(text("绩效指标"), text("指标内容"), text("指标值"),
                label("产出指标"), label("数量指标"), text("覆盖乡镇数量"), text("14 个"));
        assertNull(PdfTextWideTable.read(in, 2, null));
    }

    @Test
    void aSelfEvaluationHeadingPrintedInPiecesIsPutInItsPrintedOrder() {
        // 年度指标 / 值 wrapped at the end of the goals block, the narrow columns' headings after the rows
        List<Piece> in = List.of(text("档案建档率 92.3%。年度指标值"), label("一级指标"), label("二级指标"), label("三级指标"),
                label("产出指标"), label("数量指标"), text("家庭医生签约服务人数"), text("≥8 万人"), text("8.6 万人"), text("10"), text("9"),
                label("效益指标"), label("可持续影响指标"), text("慢性病规范管理长效机制"), text("逐步完善"), text("逐步完善"), text("10"), text("10"),
                text("实际完成值 分值 得分"), text("100 98.5"), text("偏差原因分析及改进措施"));
        PdfTextWideTable.Table t = PdfTextWideTable.read(in, 1, null);
        assertNotNull(t);
        assertEquals(List.of("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"),
                cells(t.rows().get(0)));
        assertEquals(List.of("产出指标", "数量指标", "家庭医生签约服务人数", "≥8 万人", "8.6 万人", "10", "9", ""), cells(t.rows().get(1)));
        assertEquals(List.of("效益指标", "可持续影响指标", "慢性病规范管理长效机制", "逐步完善", "逐步完善", "10", "10", ""), cells(t.rows().get(2)));
        assertEquals(List.of("实际完成值 分值 得分", "100 98.5", "偏差原因分析及改进措施"), t.unplaced().stream().map(Piece::text).toList());
    }

    @Test
    void withoutTheLateHeadingsTheThreeLevelHeadingIsLeftToTheFlowReader() {
        List<Piece> in = List.of(text("目标。年度指标值"), label("一级指标"), label("二级指标"), label("三级指标"),
                label("产出指标"), label("数量指标"), text("家庭医生签约服务人数"), text("≥8 万人"));
        assertNull(PdfTextWideTable.read(in, 1, null));
    }

    @Test
    void cellsPrintedBeforeARowsLabelsGoToItAndALateUnitColumnIsAppended() {
        // ≥ / 90 printed before the last row's labels (its labels and name centred below them), the unit
        // column's heading and cell printed after the table (计量单位 / %)
        List<Piece> in = List.of(text("一级指标"), text("二级指标"), text("指标名称"), text("指标方向"), text("比较符"), text("数值"),
                label("效益指标"), label("社会效益指标"), text("夜间出行安全保障"), text("正向"), text("定性"), text("有效保障"),
                text("≥"), text("90"),
                label("满意度指标"), label("服务对象满意度指标"), text("市民满意度"), text("正向"),
                text("计量单位"), text("%"));
        PdfTextWideTable.Table t = PdfTextWideTable.read(in, 0, null);
        assertNotNull(t);
        assertEquals(List.of("一级指标", "二级指标", "指标名称", "指标方向", "比较符", "数值", "计量单位"), cells(t.rows().get(0)));
        assertEquals(List.of("效益指标", "社会效益指标", "夜间出行安全保障", "正向", "定性", "有效保障", ""), cells(t.rows().get(1)));
        assertEquals(List.of("满意度指标", "服务对象满意度指标", "市民满意度", "正向", "≥", "90", "%"), cells(t.rows().get(2)));
        assertEquals(List.of(), t.unplaced());
        // both repairs recorded on the row they changed
        assertEquals(2, t.notes().get(t.rows().get(2)).size(), t.notes().toString());
        assertEquals(1, t.notes().size());
    }

    @Test
    void leftOverCellsThatDoNotFitTheNextRowStayUnplaced() {
        List<Piece> in = List.of(text("一级指标"), text("二级指标"), text("三级指标"), text("指标性质 指标值"), text("权重"),
                label("产出指标"), label("数量指标"), text("培训人次"), text("≥"), text("200"), text("10"), text("另一段"),
                label("产出指标"), label("质量指标"), text("合格率"), text("≥"), text("95%"), text("10"));
        PdfTextWideTable.Table t = PdfTextWideTable.read(in, 0, null);
        assertEquals(List.of("产出指标", "质量指标", "合格率", "≥", "95%", "10"), cells(t.rows().get(2)));
        assertEquals(List.of("另一段"), t.unplaced().stream().map(Piece::text).toList());
    }
}
