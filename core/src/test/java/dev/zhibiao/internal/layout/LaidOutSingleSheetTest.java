package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Single-sheet prints read with {@code pdftotext -layout} (tmpl37): LibreOffice's gap between Chinese and digits inside a
 * numbered name's date and a value, a numbered name packed one space after a wrapped category label, and Chromium's gov
 * print whose names drift left of their heading while a level-2 label stands at its own.
 */
class LaidOutSingleSheetTest {

    /**
     * LibreOffice's word print of 000 with numbered names: {@code 指标 1：2019 年 12 月 31 日前中央财}, the value on the
     * next line. The date's 12 月 31 日前 read as a deadline value cut the name after 2019 年 (before, after 2019: the
     * number glued to its 指标 1： prefix was not taken for a date's number).
     */
    @Test
    void aDateInANumberedNameStaysInTheName() {
        List<String> rows = LaidOutLines.rows(
                "绩效指标     一级指",
                "                二级指标     三级指标                   指标值",
                "         标",
                "",
                "",
                "              的, 向门诊统筹过渡",
                "",
                "",
                "              指标 1：2019 年 12 月 31 日前中央财",
                "                                          100%",
                "              政补助资金到位率",
                "",
                "",
                "              指标 2：2019 年 12 月 31 日前省级财",
                "      时效指标                                100%",
                "              政补助资金到位率",
                "",
                "",
                "              指标 3：2019 年 12 月 31 日前地方财",
                "                                          100%",
                "              政补助资金到位率"
        );
        assertTrue(rows.contains("9:|||指标 1：2019 年 12 月 31 日前中央财政补助资金到位率|100%"), "rows: " + rows);
        assertTrue(rows.contains("19:|||指标 3：2019 年 12 月 31 日前地方财政补助资金到位率|100%"), "rows: " + rows);
        assertEquals(5, rows.size(), "rows: " + rows);
    }

    /** The date's pieces one space apart cost a cut of their own; the prefix before a date's number is no number. */
    @Test
    void datePieces() {
        assertTrue(TokenGaps.datePiece("指标 1：2019", "年"));
        assertTrue(TokenGaps.datePiece("2019", "年"));
        assertTrue(!TokenGaps.datePiece("指标 1：参保人数", "年"));
        List<ColumnFit.Tok> toks = List.of(new ColumnFit.Tok("指标 1：2019", 15, 14), new ColumnFit.Tok("年", 26, 1),
                new ColumnFit.Tok("12", 28, 1), new ColumnFit.Tok("年", 40, 5));
        assertTrue(TokenGaps.insideDate(toks, 1));
        assertTrue(TokenGaps.insideDate(toks, 2));
        assertTrue(!TokenGaps.insideDate(toks, 3), "a run of spaces before it: no date's piece printed one space on");
    }

    /**
     * LibreOffice's th print of 000 with numbered names, a value under the centred 指标值 (at 56, the values from 52):
     * {@code 不低于 90%}. The 90% standing right under the heading took the alignment bonus and 不低于 went to the name.
     */
    @Test
    void aValueGoesOnUnderACentredHeading() {
        List<String> rows = LaidOutLines.rows(
                "         一级指",
                "                 二级指标              三级指标                 指标值",
                "          标",
                "                                                    对符合条件农村贫困",
                "                数量指标     指标 1：政策覆盖深度贫困地区农村贫困人口数量",
                "                                                    人口全覆盖",
                "                         指标 1：明确保障对象范围              出台文件予以明确",
                "                         指标 2：确定贫困人口定点救助医疗机构",
                "                         指标 3：建立规范的转诊制度",
                "                         指标 4：至定点救治医疗机构就诊率          不低于 90%",
                "         产出指",
                "         标      质量指标     指标 5：农村贫困患者住院及门诊治疗目录外医疗费   原则上控制在 10%以",
                "                         用比例                        内"
        );
        assertTrue(rows.stream().anyMatch(r -> r.endsWith("|指标 4：至定点救治医疗机构就诊率|不低于 90%")), "rows: " + rows);
        assertTrue(rows.stream().anyMatch(r -> r.endsWith("|指标 5：农村贫困患者住院及门诊治疗目录外医疗费用比例|原则上控制在 10%以内")), "rows: " + rows);
    }

    /**
     * The same print's last group: {@code 服务对象满意度 指标 1：政策知晓率}, the label wrapped (its 指标 on the next line)
     * and the numbered name packed one space after it. Before, the 指标 went to the label (服务对象满意度 指标) and the name
     * lost its prefix's word (1：政策知晓率); the next line's 指标 became a label of its own.
     */
    @Test
    void aNumberedNameAfterAWrappedLabel() {
        List<String> rows = LaidOutLines.rows(
                "            一级指",
                "                   二级指标                  三级指标             指标值",
                "             标",
                "                  数量指标      指标 1：重特大疾病医疗救助人次占直接救助人次比例    ≥28%",
                "                            指标 1：重点对象住院政策范围内个人自负医疗费用大病保险",
                "         产出指      质量指标                                   ≥70%",
                "                            起付线以上部分年度限额内救助比例",
                "         标",
                "                                                         不低于上",
                "                  时效指标      指标 1：“一站式”即时结算覆盖地区",
                "                                                         年",
                "绩效指标                        指标 1：医疗救助对象覆盖范围              逐步扩大",
                "                  社会效益指标    指标 2：困难群众看病就医方便程度            明显提高",
                "         效益指",
                "                            指标 3：困难群众医疗费用负担减轻程度          有效缓解",
                "         标",
                "                            指标 1：对健全社会救助体系的影响            成效明显",
                "                  可持续影响指标",
                "                            指标 2：对健全医疗保障制度体系的作用          成效明显",
                "",
                "         满意度      服务对象满意度 指标 1：政策知晓率                     ≥80%",
                "         指标       指标      指标 2：工作满意度                     ≥85%"
        );
        assertTrue(rows.stream().anyMatch(r -> r.endsWith("|满意度指标|服务对象满意度指标|指标 1：政策知晓率|≥80%")), "rows: " + rows);
        assertTrue(rows.stream().anyMatch(r -> r.endsWith(":|||指标 2：工作满意度|≥85%")), "rows: " + rows);
    }

    /**
     * Chromium's unruled gov print of 000 with numbered names: the names drift left (指标2： at 10, 指标3： at 8) of 三级指标
     * (at 29), so the name column's usual start stands nearer 数量指标 (at 18, under 二级指标) than the label column's
     * (质量指标 at 1, 时效指标 at 1, 成本指标 at 7): before, 数量指标 was moved into the name ({@code 数量指标 指标1：参保人数(人)}).
     */
    @Test
    void aWholeLabelStaysInItsColumn() {
        List<String> rows = LaidOutLines.rows(
                "",
                " 绩效指标      一级指",
                "                   二级指标      三级指标                   指标值",
                "            标",
                "",
                "",
                "           产出指     数量指标   指标1：参保人数(人)              ≥299.68万人",
                "            标",
                "         指标2：各级财政实际补助标准(元)              ≥520元",
                "",
                "",
                "                                 成年人≥270元; 大中小学生、儿",
                "       指标3：参保居民个人实际缴费标准(元)",
                "                                       童≥200元",
                "",
                "",
                "                                 成年人≤192.59%; 大中小学生、",
                "         指标4：财政补助与个人缴费比值",
                "                                       儿童≤260%",
                "",
                "",
                "       指标1：以户籍人口数为基数计算的基本医",
                "                                        ≥ 100 %",
                "             保综合参保率(%)",
                "",
                "",
                "       指标2：以常住人口数为基数计算的基本参",
                "                                        ≥ 97.1%",
                "             保综合参保率(%)",
                "",
                "",
                "           指标3：重复参保人数(人)                  0",
                "",
                "",
                "           指标4：虚报参保人数(人)                  0",
                "",
                "",
                "       指标5：参保人政策范围内住院费用报销比",
                "质量指标                                   ≥ 71.85%",
                "                例",
                "",
                "",
                "        指标6：参保人住院费用实际报销比例               ≥ 52.8%",
                "",
                "",
                "       指标7：实行按病种(组)、按人头付费等支",
                "                                       逐步推开",
                "              付方式改革",
                "",
                "",
                "        指标8：基金滚存结余可支配月数(月)              6-9个月",
                "",
                "",
                "       指标9：开展门诊统筹, 实行个人账户的, 向",
                "                                       普遍开展",
                "              门诊统筹过渡",
                "",
                "",
                "时效指标   指标1：2019年12月31日前中央财政补助资",
                "                                         100%",
                "                  金到位率",
                "",
                "",
                "       指标2：2019年12月31日前省级财政补助资",
                "                                         100%",
                "                  金到位率",
                "               指标3：2019年12月31日前地方财政补助资",
                "                                         100%",
                "                          金到位率",
                "",
                "",
                "               指标1：中央财政补助资金人均补助标准        312元",
                "",
                "",
                "      成本指标     指标2：省级财政补助资金人均补助标准        124.8元",
                "",
                "",
                "               指标3：地方财政补助资金人均补助标准        83.2元",
                "",
                "",
                "满意度   服务对象满意",
                "                   指标1：参保对象满意度(%)        ≥90%",
                " 指标     度指标",
                ""
        );
        assertTrue(rows.stream().anyMatch(r -> r.endsWith("|产出指标|数量指标|指标1：参保人数(人)|≥299.68万人")), "rows: " + rows);
    }

    /** Only a whole label of the column's level, kept from a column after the labels. */
    @Test
    void keepsOnlyWholeLabelsOfItsLevel() {
        List<ColumnFit.Role> roles = List.of(ColumnFit.Role.LEAD, ColumnFit.Role.L1, ColumnFit.Role.L2, ColumnFit.Role.NAME,
                ColumnFit.Role.VALUE);
        assertTrue(LabelColumnCells.keeps(LaidOutLines.tableLine(5, 1, "2", "数量指标", "18"), 3, 2, roles));
        assertTrue(!LabelColumnCells.keeps(LaidOutLines.tableLine(5, 1, "2", "数量", "18"), 3, 2, roles));
        assertTrue(!LabelColumnCells.keeps(LaidOutLines.tableLine(5, 1, "2", "参保人数", "18"), 3, 2, roles));
        assertTrue(!LabelColumnCells.keeps(LaidOutLines.tableLine(5, 1, "2", "数量指标", "18"), 1, 2, roles), "a label column: asked as before");
        assertTrue(!LabelColumnCells.keeps(LaidOutLines.tableLine(5, 1, "2", "产出指标", "18"), 3, 2, roles), "a level-1 label in 二级指标");
    }
}
