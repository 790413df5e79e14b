package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A sheet flattened into one line with nothing between its cells, cut at the words its vocabulary knows. The sheet
 * is written for the test (a village clinic equipment project).
 */
class FlatWordsTest {

    private static final String FLAT = "2026年项目支出绩效目标表项目名称村卫生室设备配置主管部门某县卫生健康局实施单位某县基层卫生指导站"
            + "项目资金（万元）年度资金总额240其中：财政拨款200其他资金40年度绩效目标为全县120个村卫生室配置基本诊疗设备。"
            + "一级指标二级指标三级指标指标值评（扣）分标准一、产出指标（一）数量指标1.配置设备村卫生室数量≥120个每少1个扣1分"
            + "（二）质量指标2.设备验收合格率100%每低1个百分点扣1分（三）时效指标3.设备配置完成时间2026年9月底前每延迟1个月扣2分"
            + "二、满意度指标（一）服务对象满意度指标4.村医满意度≥90%每低1个百分点扣1分";

    @Test
    void aFlattenedSheetIsCutAtItsWords() {
        String spaced = FlatWords.spaced(FLAT);
        List<String> words = List.of(spaced.split(" "));
        assertEquals("2026年项目支出绩效目标表", words.get(0));
        assertTrue(words.containsAll(List.of("项目名称", "村卫生室设备配置", "主管部门", "某县卫生健康局", "项目资金（万元）",
                "年度资金总额", "240", "其中：财政拨款", "200", "其他资金", "40", "年度绩效目标",
                "一级指标", "二级指标", "三级指标", "指标值", "评（扣）分标准", "一、产出指标", "（一）数量指标",
                "1.配置设备村卫生室数量", "≥120个", "每少1个扣1分", "2.设备验收合格率", "100%", "2026年9月底前",
                "4.村医满意度", "≥90%")), words.toString());
        // the goal keeps its numbers: values are cut only after the heading words
        assertTrue(words.contains("为全县120个村卫生室配置基本诊疗设备。"), words.toString());
    }

    @Test
    void aFlattenedSheetReadsAsOneLineOfWords() {
        List<dev.zhibiao.Sheet> sheets = Recovery.recover(new Document("x.txt",
                SpacedRows.rows(List.of(line(FlatWords.spaced(FLAT))))));
        assertEquals(1, sheets.size());
        dev.zhibiao.Sheet s = sheets.get(0);
        assertEquals("村卫生室设备配置", s.project());
        assertEquals(4, s.indicators().size(), s.indicators().toString());
        assertEquals("配置设备村卫生室数量", s.indicators().get(0).name());
        assertEquals("≥120个", s.indicators().get(0).value());
        assertEquals("时效指标", s.indicators().get(2).level2());
        assertEquals("2026年9月底前", s.indicators().get(2).value());
    }

    @Test
    void otherLinesAreLeftAlone() {
        String row = "产出指标 数量指标 培训人次 ≥200人次";
        assertEquals(row, FlatWords.spaced(row));
        String prose = "为全县120个村卫生室配置基本诊疗设备".repeat(10); // long, no heading words
        assertEquals(prose, FlatWords.spaced(prose));
        assertNull(FlatWords.titleInside(prose));
    }

    private static SpacedRows.Line line(String text) {
        List<SpacedRows.Token> toks = new java.util.ArrayList<>();
        int col = 1;
        for (String w : text.split(" ")) {
            toks.add(new SpacedRows.Token(w, col, toks.isEmpty() ? 0 : 1));
            col += w.length() * 2 + 1;
        }
        return new SpacedRows.Line(1, toks, 0);
    }
}
