package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pieces of a {@code pdftotext -layout} table printed on a line of their own under the text they end (layout24): a value's
 * unit word under its number ({@code ≥300 / 人次}, the basis column's {@code 政策} beside it), a wrapped heading's last
 * character under its first half printed nearer the lead label on its line than its place ({@code 绩效指标   一级指 / 标}).
 */
class LaidOutLineTailsTest {

    /** A generated disclosure's target table (disclosures-fresh6 d7), as pdftotext -layout prints it. */
    private static final String[] UNIT_LINE = {
            "一级指                                                                 指标值确",
            "        二级指标                 三级指标             绩效指标描述        指标值",
            " 标                                                                   定依据",
            "",
            "",
            "                                                            ≥3000   上级文件",
            "                      资助人口参加基本医疗保险人数          资助参保人数",
            "                                                             0人      政策",
            "        数量指标",
            "产出指                                                         ≥300    上级文件",
            "                          医疗救助人次数            大病患者救助人数",
            " 标                                                           人次      政策",
            "",
            "",
            "                    县域内人口医疗保险和医疗救助费          一站式保销结算、和              上级文件",
            "        质量指标                                                ≥100%",
            "                         用“一站式”结算率             报销及时率                 政策",
    };

    /** A generated disclosure's fiscal-form table (tuning set disclosures-t91, seed 271591, d3), as printed, over a page break. */
    private static final String[] HEADING_TAIL = {
            "",
            "                             目标 5：各项保障措施有效衔接。",
            "",
            "",
            " 绩效指标   一级指",
            "                  二级指标             三级指标                指标值",
            "            标",
            "",
            "",
            "        产出指                                         对符合条件农村贫困",
            "                  数量指标      政策覆盖深度贫困地区农村贫困人口数量",
            "            标                                         人口全覆盖",
            "",
            "",
            "                  质量指标           明确保障对象范围           出台文件予以明确",
            "\f                  确定贫困人口定点救助医疗机构",
            "",
            "",
            "                    建立规范的转诊制度",
            "",
            "",
            "                   至定点救治医疗机构就诊率        不低于 90%",
            "",
            "",
            "               农村贫困患者住院及门诊治疗目录外医疗费用   原则上控制在 10%",
            "",
            "                        比例               以内",
            "",
            "",
            "                                      在定点救助医疗机构",
            "                实行按病种（组）付费等支付方式改革",
            "                                        逐步推进",
            "",
            "",
            "               农村贫困人口住院及门诊大病、慢性病和特殊   各地区根据实际情况",
            "",
            "               疾病医疗费用个人自付比例控制在一定水平     确定具体标准",
            "",
            "",
            "       时效指标         一站式结算覆盖地区           不低于上年",
            "",
            "",
            "      社会效益指标         农村因病致贫人数           较上年减少",
            "效益指",
            "",
            " 标    可持续影响指",
            "                 相关保障政策与政府承受能力相适应     不超过政府承受能力",
            "        标",
            "",
            "",
            "满意度   服务对象满意",
            "                  农村贫困患者对保障政策满意度        持续提高",
            "指标     度指标",
            "",
    };

    /** The rule's words: a unit word alone a run of spaces from a word, or first on its line; not one space from its number. */
    @Test
    void aUnitWordAloneAfterARunOfSpacesIsALineOfItsOwn() {
        assertTrue(TokenGaps.apartUnitLine(toks(" 标                                                           人次      政策"), 1));
        assertTrue(TokenGaps.apartUnitLine(toks("人次"), 0));
        assertFalse(TokenGaps.apartUnitLine(toks("≥300 人次"), 1), "a unit one space from its number is cut from it");
        assertFalse(TokenGaps.apartUnitLine(toks("≥300    人次"), 1), "after a number it may be the number's unit");
        assertFalse(TokenGaps.apartUnitLine(toks("参保人数      (%)"), 1), "a bracketed unit is apartUnit's");
        assertFalse(TokenGaps.apartUnitLine(toks("参保人数      人"), 1), "one character is loneCharacter's");
    }

    /** {@code 人次} under {@code ≥300} ends the value; {@code 政策} beside it stays in the basis column. */
    @Test
    void aUnitWordUnderItsNumberEndsTheValueNotTheTextBesideIt() {
        List<String> row = rowNamed(UNIT_LINE, "医疗救助人次数", 2);
        assertEquals("≥300人次", row.get(4), "row: " + row);
        assertEquals("上级文件政策", row.get(5), "row: " + row);
    }

    /**
     * The heading's {@code 标} joins {@code 一级指} though printed four columns right of it: the heading reads 一级指标 and
     * the rows under it keep their columns (产出指标 | 数量指标 | the name), not slid one column right.
     */
    @Test
    void aHeadingsLastCharacterJoinsTheFirstHalfItStandsWithin() {
        List<String> row = rowNamed(HEADING_TAIL, "政策覆盖深度贫困地区农村贫困人口数量", 3);
        assertEquals("产出指标", row.get(1), "row: " + row);
        assertEquals("数量指标", row.get(2), "row: " + row);
        assertEquals("对符合条件农村贫困人口全覆盖", row.get(4), "row: " + row);
        assertEquals("出台文件予以明确", rowNamed(HEADING_TAIL, "明确保障对象范围", 3).get(4));
    }

    private static List<String> rowNamed(String[] table, String name, int nameColumn) {
        List<SpacedRows.Line> in = new ArrayList<>();
        int page = 0;
        for (int i = 0; i < table.length; i++) {
            page += table[i].startsWith("\f") ? 1 : 0; // a page break: pdftotext's form feed
            SpacedRows.Line l = line(i + 1, table[i].replace("\f", ""), page);
            if (!l.tokens().isEmpty()) {
                in.add(l);
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (Row r : SpacedRows.rows(in)) {
            List<String> cells = r.cells().stream().map(Cell::text).toList();
            if (r.table() && cells.size() > nameColumn && cells.get(nameColumn).equals(name)) {
                return cells;
            }
            rows.add(cells);
        }
        throw new AssertionError("no row named " + name + ": " + rows);
    }

    private static List<ColumnFit.Tok> toks(String text) {
        List<ColumnFit.Tok> out = new ArrayList<>();
        for (SpacedRows.Token t : line(1, text).tokens()) {
            out.add(new ColumnFit.Tok(t.text(), t.column(), t.gap()));
        }
        return out;
    }

    /** A line's tokens on pdftotext -layout's grid: one column a character, the spaces before each. */
    private static SpacedRows.Line line(int no, String text) {
        return line(no, text, 0);
    }

    private static SpacedRows.Line line(int no, String text, int page) {
        return LaidOutLines.line(no, text, page);
    }
}
