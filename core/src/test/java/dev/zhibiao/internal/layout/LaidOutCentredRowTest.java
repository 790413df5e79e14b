package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A row printed by a browser with every cell vertically centred and no blank line between rows ({@code pdftotext -layout}
 * of a Chromium print): a two-line name and a two-line cell beside it wrapped round the same middle line, which holds the
 * row's one-line cells ({@code LaidOutTable.wrappedAlike}).
 */
class LaidOutCentredRowTest {

    /** Each character one column wide (pdftotext {@code -layout}'s grid); blank lines keep their numbers. */
    private static List<List<String>> rows(String... text) {
        List<SpacedRows.Line> in = new ArrayList<>();
        for (int i = 0; i < text.length; i++) {
            if (text[i].isBlank()) {
                continue;
            }
            List<SpacedRows.Token> toks = new ArrayList<>();
            int col = 1;
            int gap = 0;
            for (String t : text[i].split(" ", -1)) {
                if (t.isEmpty()) {
                    gap++;
                    col++;
                    continue;
                }
                toks.add(new SpacedRows.Token(t, col, toks.isEmpty() ? 0 : gap + 1));
                col += t.length() + 1;
                gap = 0;
            }
            in.add(new SpacedRows.Line(i + 1, toks));
        }
        List<List<String>> out = new ArrayList<>();
        for (Row r : SpacedRows.rows(in)) {
            out.add(r.cells().stream().map(Cell::text).toList());
        }
        return out;
    }

    @Test
    void aNameAndItsBasisWrappedRoundTheSameMiddleLineAreOneRow() {
        // h8_001_unruled printed by Chromium
        List<List<String>> rows = rows(
                "一级指 二级指标         三级指标                        绩效指标描述                          指标 指标值确定依",
                " 标                                                                           值     据",
                "                城乡居民参加医                                                              根据上级文件",
                "       数量指标                         已参保人数占应参保人数的比率                           ≥100%",
                "                  疗保险率                                                                 或方案",
                "产出指",
                " 标",
                "                政策范围内报销 社会保险报销事项实际在规定时间内及时办结的件数占应在       根据上级文件",
                "       质量指标                                        ≥100%",
                "                   比例        规定时间内及时办结的件数的比率               或方案",
                "",
                "",
                "效果指                                                                                  根据上级文件",
                "    社会效益指标       政策知晓率            参保居民对参保政策及报销政策的知晓程度                        ≥85%",
                " 标                                                                                     或方案",
                "",
                "",
                "满意度 服务对象满意                                                                           根据上级文件",
                "                 群众满意度            参保居民对参保政策及报销政策的满意程度                        ≥85%",
                " 指标   度指标                                                                              或方案");
        assertEquals(List.of("产出指标", "数量指标", "城乡居民参加医疗保险率", "已参保人数占应参保人数的比率", "≥100%", "根据上级文件或方案"),
                rows.get(1), rows.toString());
        assertEquals("质量指标", rows.get(2).get(1), rows.toString());
    }

    @Test
    void aNameRoundItsValuesIsWholeWithAsManyLinesBelowAsAbove() {
        // h3_004 printed by Chromium: two names each wrapped round its value, no blank line between the rows, the first
        // name's last line as wide as the column (so a wrapped line by width alone)
        List<List<String>> rows = rows(
                "一级指标   二级指标   三级指标                 指标值",
                "           数量指标   重点对象政策范围内个人自付",
                "                                            ≥70%",
                "                   费用年度限额内住院救助比例",
                "产出指标",
                "                    符合资助条件的农村低收入人",
                "                                            ≥99%",
                "                   口资助参保政策覆盖率");
        List<List<String>> named = rows.subList(1, rows.size()).stream().filter(r -> !r.get(2).isEmpty()).toList();
        assertEquals(2, named.size(), rows.toString());
        assertEquals(List.of("重点对象政策范围内个人自付费用年度限额内住院救助比例", "≥70%"), named.get(0).subList(2, 4), rows.toString());
        assertEquals(List.of("符合资助条件的农村低收入人口资助参保政策覆盖率", "≥99%"), named.get(1).subList(2, 4), rows.toString());
    }
}
