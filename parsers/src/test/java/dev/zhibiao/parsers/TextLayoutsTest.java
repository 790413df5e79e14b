package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Indicator;
import dev.zhibiao.Sheet;
import dev.zhibiao.internal.layout.Cell;
import dev.zhibiao.internal.layout.Document;
import dev.zhibiao.internal.layout.Row;
import dev.zhibiao.read.Format;
import dev.zhibiao.read.ReadException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text layouts of issue 9: pipe rows without outer pipes, web-copied cells, space-separated text. */
class TextLayoutsTest {

    private static List<String> cells(Row r) {
        return r.cells().stream().map(Cell::text).toList();
    }

    @Test
    void pipeRowsWithoutOuterPipesAreRows() throws ReadException {
        String text = "项目支出绩效目标表 |||||\n(2019年度) |||||\n项目名称 | 医疗救助 |||\n"
                + "绩 效 指 标 | 一级指标 | 二级指标 | 三级指标 | 指标值 |\n产出指标 | 数量指标 | 指标1:参保人数 | ≥90% |\n"
                + "指标2:培训次数 | ≥2次 |\n指标3: ||||\n";
        assertEquals(Format.MARKDOWN, Detector.detect(text, "x.txt"));
        Document doc = Readers.document(text, "x.txt", Format.AUTO);
        assertEquals(List.of("项目支出绩效目标表", "", "", "", ""), cells(doc.rows().get(0)));
        assertEquals(List.of("产出指标", "数量指标", "指标1:参保人数", "≥90%"), cells(doc.rows().get(4)));
        assertEquals(List.of("指标3:", "", "", ""), cells(doc.rows().get(6)));
        assertEquals(7, doc.rows().size());
    }

    @Test
    void linesJoinedByPipesAreRows() throws ReadException {
        String text = "项目名称 | 医疗救助\n一级指标 | 二级指标 | 三级指标 | 指标值\n产出指标 | 数量指标 | 参保人数 | ≥90%\n";
        assertEquals(Format.MARKDOWN, Detector.detect(text, "x.txt"));
        Document doc = Readers.document(text, "x.txt", Format.AUTO);
        assertEquals(List.of("产出指标", "数量指标", "参保人数", "≥90%"), cells(doc.rows().get(2)));
    }

    @Test
    void webCopiedCellsKeepEmptyCellsByTheirBorder() throws ReadException {
        String text = "项目支出绩效目标表\n\n一级指标 |\n二级指标 |\n三级指标 |\n指标值 |\n\n产出指标 |\n|\n参保人数 |\n≥90% |\n";
        Document doc = Readers.document(text, "x.txt", Format.AUTO);
        assertFalse(doc.rows().get(0).table());
        assertEquals(List.of("产出指标", "", "参保人数", "≥90%"), cells(doc.rows().get(2)));
    }

    @Test
    void spacedTextIsCutIntoTheHeadingsColumnsByWhatTokensAre() throws ReadException {
        String text = "项目支出绩效自评表\n(2019年度)\n项目名称 医疗服务能力提升补助资金\n主管部门 吉林省财政厅 实施单位 梨树县\n"
                + "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施\n"
                + "产出指标(50分) 质量指标 医保信息系统验收合格率 ≥90 % ≥90 % 10 10\n"
                + "医保信息系统正常运行率   ≥  90 %   ≥  90 %   15   15\n";
        assertEquals(Format.SPACED, Detector.detect(text, "x.txt"));
        Document doc = Readers.document(text, "x.txt", Format.AUTO);
        assertEquals(List.of("主管部门", "吉林省财政厅", "实施单位", "梨树县"), cells(doc.rows().get(3)));
        assertEquals(List.of("产出指标(50分)", "质量指标", "医保信息系统验收合格率", "≥90 %", "≥90 %", "10", "10", ""),
                cells(doc.rows().get(5)));
        assertEquals(List.of("", "", "医保信息系统正常运行率", "≥ 90 %", "≥ 90 %", "15", "15", ""), cells(doc.rows().get(6)));
    }

    @Test
    void splitValueColumnsKeepOperatorNumberAndUnitApart() throws ReadException {
        String text = "部门预算项目绩效目标申报表(2019年度)\n项目名称 医疗救助补助资金\n"
                + "一级指标 二级指标 三级指标 指标性质 指标值 度量单位 权重 指标方向性\n"
                + "产出指标 数量指标 新闻发布会次数 ≥ 2 次 10 正向指标\n"
                + "效益指标 社会效益指标 参保群众政策知晓率 定性 普遍知晓 10 正向指标\n";
        Document doc = Readers.document(text, "x.txt", Format.SPACED);
        assertEquals(List.of("产出指标", "数量指标", "新闻发布会次数", "≥", "2", "次", "10", "正向指标"), cells(doc.rows().get(3)));
        assertEquals(List.of("效益指标", "社会效益指标", "参保群众政策知晓率", "定性", "普遍知晓", "", "10", "正向指标"),
                cells(doc.rows().get(4)));
    }

    @Test
    void aSplitValueHeadingWrappedOneSpaceApartIsOneColumn() throws ReadException {
        // 指标性质 wrapped as 指标 性质: 性质 alone names no column, so the halves are one heading
        String text = "项目支出绩效目标表(2019年度)\n项目名称  医疗救助补助资金\n"
                + "一级指标  二级 指标  三级指标          指标 性质  指标值  度量单位  权重  指标方向性\n"
                + "产出指标  数量指标   新闻发布会次数    ≥          2       次        10    正向指标\n"
                + "产出指标  数量指标   培训人次          定量       30      人次      10    正向指标\n";
        Document doc = Readers.document(text, "x.txt", Format.SPACED);
        assertEquals(List.of("一级指标", "二级 指标", "三级指标", "指标 性质", "指标值", "度量单位", "权重", "指标方向性"),
                cells(doc.rows().get(2)));
        assertEquals(List.of("产出指标", "数量指标", "新闻发布会次数", "≥", "2", "次", "10", "正向指标"), cells(doc.rows().get(3)));
    }

    @Test
    void aUnitStatementWrappedOrSpacedIsOneCellAndStatesTheUnit() throws ReadException {
        for (String unit : List.of("金额单位: 元", "金额 单位:元", "金额单位 :元")) {
            String text = "部门预算项目绩效目标申报表\n(2019年度)\n" + unit + "\n"
                    + "单位名称   项目名称  预算数      年度目标  一级指标  二级指标  三级指标  指标值\n"
                    + "101-卫生局 救助资金  580,000.00  甲。      产出指标  数量指标  人次      ≥28人次\n";
            List<Sheet> sheets = dev.zhibiao.read.Zhibiao.read(text, "x.spaced.txt");
            assertEquals(1, sheets.size(), unit);
            assertEquals("元", sheets.get(0).funding().unit(), unit);
            assertEquals(1, sheets.get(0).funding().items().size(), unit + ": " + sheets.get(0).funding());
            assertTrue(sheets.get(0).parties().keySet().stream().noneMatch(k -> k.contains("金额")), unit);
        }
    }

    @Test
    void aTableFlattenedIntoOneLineIsCutIntoRows() throws ReadException {
        String text = "项目支出绩效目标表 (2019年度) 项目名称 医疗救助补助资金 年度目标 保证医疗救助正常开展。"
                + " 一级指标 二级指标 三级指标 指标值 产出指标 数量指标 救助人次 ≥500人次 质量指标 结算率 ≥ 100 %"
                + " 满意度指标 服务对象满意度指标 受益群众满意度 ≥85% 群众知晓率 ≥90%\n";
        Document doc = Readers.document(text, "x.txt", Format.AUTO);
        List<Sheet> sheets = Readers.read(text, "x.txt", Format.AUTO);
        assertEquals(1, sheets.size(), doc.rows().toString());
        List<String> names = sheets.get(0).indicators().stream().map(Indicator::name).toList();
        assertEquals(List.of("救助人次", "结算率", "受益群众满意度", "群众知晓率"), names, doc.rows().toString());
        assertEquals("≥ 100 %", sheets.get(0).indicators().get(1).value());
        assertEquals("质量指标", sheets.get(0).indicators().get(1).level2());
        assertEquals("医疗救助补助资金", sheets.get(0).project());
    }

    @Test
    void everyCharacterOfSpacedTextLandsInACell() throws ReadException {
        String text = "项目支出绩效目标表\n一级指标 二级指标 三级指标 指标值\n产出指标 数量指标 a b c ≥ 1 % x y z\n";
        Document doc = Readers.document(text, "x.txt", Format.SPACED);
        StringBuilder all = new StringBuilder();
        for (Row r : doc.rows()) {
            for (Cell c : r.cells()) {
                all.append(c.text().replace(" ", ""));
            }
        }
        assertEquals(text.replaceAll("\\s", ""), all.toString());
    }

    @Test
    void anUnrecognisedLayoutSaysWhatWasSeen() {
        ReadException e = assertThrows(ReadException.class, () -> Readers.read(
                "说明\n\n项目支出绩效目标表\n\n一级指标：产出；二级指标：数量\n", "x.txt", Format.AUTO));
        assertTrue(e.getMessage().contains("found a 绩效目标表 title at line 3 but no indicator heading row"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
        ReadException none = assertThrows(ReadException.class, () -> Readers.read("hello\nworld\n", "y.txt", Format.AUTO));
        assertTrue(none.getMessage().contains("no sheet title, header label or indicator heading row"), none.getMessage());
    }

    @Test
    void theTablesFirstRowIsNoHeadingsTail() throws ReadException {
        // aligned text (display columns): each word of the first row completes a heading word above it by the
        // heading rules' prefixes (指标性质 + 定量, 一级指标 + 产出指标), but a number or a level label belongs to a
        // row, not to a heading wrapped onto the next line (a generated split-template sheet, damaged)
        String text = "项目支出绩效目标表(2022年度)" + "\n"
                + "" + "\n"
                + "项目名称  农村危房改造补助资金" + "\n"
                + "市(縣)名稱  岳陽市" + "\n"
                + "省级财政部门  四川省財政廳" + "\n"
                + "省級主管部門  四川省民政厅" + "\n"
                + "地方财政部门  岳阳市财政局" + "\n"
                + "地方主管部门  岳阳市农业农村局" + "\n"
                + "金额单位:万元" + "\n"
                + "年度资金总额  783967" + "\n"
                + "中央資金" + "\n"
                + "省級資金" + "\n"
                + "地方資金" + "\n"
                + "其他資金  247647<br/>" + "\n"
                + "年度目標<br/>  1.按时完成年度建设任务。；2.资金及时足额拨付到位。；3.改善群众生产生活条件。" + "\n"
                + "一級指標  二级指标      三级指标<br/>          指标性质  指標值<br/>  度量单位  权重     指標方向性<br/>" + "\n"
                + "产出指标  數量指標      培訓人次               定量      4984         人次      15<br/>  正向指标" + "\n"
                + "          质量指标      資金到位率             ≥         87           %         15<br/>  正向指标" + "\n";
        Document doc = Readers.document(text, "x.txt", Format.SPACED);
        List<List<String>> rows = doc.rows().stream().map(TextLayoutsTest::cells).toList();
        assertTrue(rows.contains(List.of("一級指標", "二级指标", "三级指标<br/>", "指标性质", "指標值<br/>", "度量单位", "权重",
                "指標方向性<br/>")), rows.toString());
        assertTrue(rows.contains(List.of("产出指标", "數量指標", "培訓人次", "定量", "4984", "人次", "15<br/>", "正向指标")),
                rows.toString());
    }
}
