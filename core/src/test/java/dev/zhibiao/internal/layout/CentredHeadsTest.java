package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Headings centred over wide columns whose cells start at the columns' left edges ({@link CentredHeads}), and a value
 * column's line that the basis column prints on other lines ({@link TextBesideValue#byWords}) (tmpl36).
 */
class CentredHeadsTest {

    /**
     * A th-style print of 001's sheet 7 (Chromium, pdftotext -layout): each cell vertically centred in its row, so the
     * names (from column 20) and the descriptions beside them (from 43, right of 三级指标 at 30 and left of 绩效指标描述 at
     * 46) are mostly printed on lines of their own. Before, the lone descriptions were read as names, the name column's
     * usual start measured at theirs and every name moved into 二级指标: no row read.
     */
    @Test
    void descriptionsRightOfACentredNameHeadingAreDescriptions() {
        List<String> rows = LaidOutLines.rows(
                "一级指                                                                指标值确定",
                "        二级指标                 三级指标            绩效指标描述          指标值",
                "  标                                                                 依据",
                "",
                "                                          资助困难群众、弱势群体参   ≥30000    上级文件政",
                "                   资助人口参加基本医疗保险人数",
                "                                          保人数            人         策",
                "       数量指标",
                "产出指                                                      ≥500人     上级文件政",
                "                   医疗救助人次数                重特大疾病救助人数",
                "标                                                        次         策",
                "",
                "                   县域内人口医疗保险和医疗救助费用                                上级文件政",
                "       质量指标                               一站式报销结算        ≥100%",
                "                   “一站式”结算率                                        策",
                "",
                "效果指                                       资助困难群众、弱势群体政             上级文件政",
                "       社会效益指标      医疗救助政策知晓率                             ≥85%",
                "标                                         策知晓率                     策",
                "",
                "                                          资助困难群众、弱势群体满             上级文件政",
                "                   受益群众满意度                               ≥85%",
                "满意度    服务对象满意                             意程度                      策",
                "指标     度指标                                重特大疾病救助人群满意程             上级文件政",
                "                   受益人口满意度                               ≥85%",
                "                                          度                        策"

        );
        assertTrue(rows.stream().anyMatch(r -> r.endsWith(":产出指标|数量指标|资助人口参加基本医疗保险人数|资助困难群众、弱势群体参保人数|≥30000人|上级文件政策")),
                "rows: " + rows);
        assertTrue(rows.stream().anyMatch(r -> r.endsWith("|医疗救助人次数|重特大疾病救助人数|≥500人次|上级文件政策")), "rows: " + rows);
        assertTrue(rows.stream().anyMatch(r -> r.endsWith("|受益人口满意度|重特大疾病救助人群满意程度|≥85%|上级文件政策")), "rows: " + rows);
        assertEquals(7, rows.size(), "the heading and six rows: " + rows);
    }

    /**
     * The same style of 001's sheet 2 (Chromium): one description alone on its line (已参保人数占应参保人数的比率, at 26, right
     * of 三级指标 at 21), where the descriptions printed beside names start; and a basis wrapped round its row's value in the
     * narrow value column (根据上级文 / ≥100% / 件或方案), each of its lines printed in the basis column of other rows.
     */
    @Test
    void aLoneDescriptionAndABasisRoundItsValue() {
        List<String> rows = LaidOutLines.rows(
                "一级指                                                                     指标值确定",
                "       二级指标         三级指标                     绩效指标描述             指标值",
                " 标                                                                       依据",
                "",
                "                 城乡居民参加医                                                根据上级文",
                "       数量指标              已参保人数占应参保人数的比率                         ≥100%",
                "产出指              疗保险率                                                   件或方案",
                "标                政策范围内报销 社会保险报销事项实际在规定时间内及时办结的件数占应       根据上级文",
                "       质量指标                                        ≥100%",
                "                 比例      在规定时间内及时办结的件数的比率                件或方案",
                "",
                "效果指    社会效益指                                                            根据上级文",
                "                 政策知晓率           参保居民对参保政策及报销政策的知晓程度            ≥85%",
                "标      标                                                                件或方案",
                "",
                "满意度    服务对象满                                                            根据上级文",
                "                 群众满意度           参保居民对参保政策及报销政策的满意程度            ≥85%",
                "指标     意度指标                                                             件或方案"

        );
        assertTrue(rows.stream().anyMatch(r -> r.endsWith("|城乡居民参加医疗保险率|已参保人数占应参保人数的比率|≥100%|根据上级文件或方案")), "rows: " + rows);
        assertTrue(rows.stream().anyMatch(r -> r.endsWith("|政策范围内报销比例|社会保险报销事项实际在规定时间内及时办结的件数占应在规定时间内及时办结的件数的比率|≥100%|根据上级文件或方案")),
                "rows: " + rows);
    }

    /** Names printed under their heading's start: the headings stand over their cells' starts, nothing moves. */
    @Test
    void namesUnderTheirHeadingStayNames() {
        List<ColumnFit.Role> roles = List.of(ColumnFit.Role.L1, ColumnFit.Role.NAME, ColumnFit.Role.TEXT, ColumnFit.Role.VALUE);
        int[] heading = {1, 20, 43, 60};
        List<LaidOutTable.Line> lines = List.of(
                LaidOutLines.tableLine(4, 1, "1", "资助人口参加基本医疗保险人数", "12"),
                LaidOutLines.tableLine(4, 2, "1", "医疗救助人次数", "12"),
                LaidOutLines.tableLine(4, 3, "1", "资助困难群众参保人数", "30", "3", "≥300", "60"),
                LaidOutLines.tableLine(4, 4, "1", "重特大疾病救助人数", "30", "3", "≥30", "60"),
                LaidOutLines.tableLine(4, 5, "1", "受益人口满意度", "20", "3", "≥85%", "60"));
        java.util.Set<Integer> moved = new java.util.TreeSet<>();
        assertSame(lines, CentredHeads.apart(lines, roles, heading, moved));
        // without the name under its heading, the two right of it are descriptions
        List<LaidOutTable.Line> centred = CentredHeads.apart(lines.subList(0, 4), roles, heading, moved);
        assertEquals("重特大疾病救助人数", centred.get(3).texts()[2]);
        assertEquals(java.util.Set.of(3, 4), moved);
        // one name left of the heading says nothing
        List<LaidOutTable.Line> one = lines.subList(1, 4);
        assertSame(one, CentredHeads.apart(one, roles, heading, new java.util.TreeSet<>()));
    }

    /** The value column's line moves by its words only when the text column is empty on its line and no value is cut. */
    @Test
    void aValueColumnLineMovesByItsWords() {
        List<ColumnFit.Role> roles = List.of(ColumnFit.Role.NAME, ColumnFit.Role.VALUE, ColumnFit.Role.TEXT);
        List<LaidOutTable.Line> lines = List.of(
                LaidOutLines.tableLine(3, 1, "0", "城乡居民参加医疗保险率", "10", "1", "≥100%", "40", "2", "根据上级文", "50"),
                LaidOutLines.tableLine(3, 2, "2", "件或方案", "50"),
                LaidOutLines.tableLine(3, 3, "0", "政策范围内报销比例", "10", "1", "根据上级文", "36"),
                LaidOutLines.tableLine(3, 4, "1", "≥100%", "34"),
                LaidOutLines.tableLine(3, 5, "1", "件或方案", "36"),
                LaidOutLines.tableLine(3, 6, "1", "%", "36"),
                LaidOutLines.tableLine(3, 7, "1", "明显提高", "36"));
        java.util.Set<Integer> moved = new java.util.TreeSet<>();
        List<LaidOutTable.Line> out = TextBesideValue.byWords(lines, roles, moved);
        assertEquals("根据上级文", out.get(2).texts()[2]);
        assertEquals("件或方案", out.get(4).texts()[2]);
        assertEquals("≥100%", out.get(3).texts()[1]);
        assertEquals("明显提高", out.get(6).texts()[1]);
        assertEquals(java.util.Set.of(3, 5), moved);
        assertFalse(out.get(5).texts()[2] != null);
    }
}
