package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a name of a laid-out table ({@code pdftotext -layout}) ends ({@link LaidOutTable#names}). */
class LaidOutNamesTest {

    /**
     * A self-evaluation printed without space between rows: the name on line 6, as wide as its column, is beside its
     * own values; the next line holds a name and no value, the line after the next row's values and no name. Cells of
     * one row are centred on one another on shared lines, so values beside a name's first line would go on beside its
     * second: the values two lines down are the next row's, whose name is wrapped around them. Without the rule the
     * two rows were one (居家照护服务试点运行情况符合待遇享受条件的参保人… | 运行良好有效缓解).
     */
    @Test
    void aNameBesideItsValuesDoesNotGoOnIntoANameWrappedAroundTheNextRowsValues() {
        List<ColumnFit.Role> roles = List.of(ColumnFit.Role.L1, ColumnFit.Role.L2, ColumnFit.Role.NAME, ColumnFit.Role.VALUE,
                ColumnFit.Role.ACTUAL);
        int[] heading = {9, 16, 25, 44, 53};
        List<LaidOutTable.Line> lines = List.of(
                line(2, t(null, "数量指标", "试点地区居民参保覆盖率", "≥95%", "≥95%"), x(-1, 16, 25, 44, 52)),
                line(4, t("产出指", null, "重复参保人数", "0", "0"), x(9, -1, 28, 44, 52)),
                line(5, t("标", "质量指标", "虚报参保人数", "0", "0"), x(9, 16, 28, 44, 52)),
                line(6, t(null, null, "居家照护服务试点运行情况", "运行良好", "运行良好"), x(-1, -1, 25, 44, 52)),
                line(7, t("效益指", null, "符合待遇享受条件的参保人", null, null), x(9, -1, 25, -1, -1)),
                line(8, t(null, "社会效益指标", null, "有效缓解", "有效缓解"), x(-1, 16, -1, 44, 52)),
                line(9, t("标", null, "员照护费用负担减轻程度", null, null), x(9, -1, 26, -1, -1)));
        List<String> rows = new ArrayList<>();
        for (Row r : LaidOutTable.rows(lines, roles, heading)) {
            List<String> cells = new ArrayList<>();
            for (Cell c : r.cells()) {
                cells.add(c.text());
            }
            rows.add(r.at().line() + ":" + String.join("|", cells));
        }
        assertEquals(List.of(
                "2:产出指标|数量指标|试点地区居民参保覆盖率|≥95%|≥95%",
                "4:|质量指标|重复参保人数|0|0",
                "5:||虚报参保人数|0|0",
                "6:||居家照护服务试点运行情况|运行良好|运行良好",
                "7:效益指标|社会效益指标|符合待遇享受条件的参保人员照护费用负担减轻程度|有效缓解|有效缓解"), rows);
    }

    /**
     * A later page whose cells the split read a column right: each name beside its completed value in 实际完成值 (the value
     * column empty on both lines), the first name as wide as the widest. A self-report prints one completed value per row,
     * so the next name, beside a value of its own, is a row of its own. Without the rule the two rows were one
     * ({@code 参保对象满意度(%)工作满意度 | 100%100%}); the row that opens on the second name is noted (tmpl30).
     */
    @Test
    void aNameBesideItsOwnCompletedValueIsARowOfItsOwn() {
        List<ColumnFit.Role> roles = List.of(ColumnFit.Role.LEAD, ColumnFit.Role.L1, ColumnFit.Role.L2, ColumnFit.Role.NAME,
                ColumnFit.Role.VALUE, ColumnFit.Role.ACTUAL, ColumnFit.Role.TEXT);
        int[] heading = {0, 7, 11, 18, 29, 41, 56};
        List<LaidOutTable.Line> lines = List.of(
                line(30, t(null, null, null, "参保对象满意度(%)", null, "100%", "98%"), x(-1, -1, -1, 13, -1, 26, 33)),
                line(31, t(null, "满意", "服务对象", null, null, null, null), x(-1, 1, 6, -1, -1, -1, -1)),
                line(32, t(null, "度指", "满意度指", "工作满意度", null, "100%", "99%"), x(-1, 1, 6, 13, -1, 26, 33)),
                line(33, t(null, "标", "标", null, null, null, null), x(-1, 1, 6, -1, -1, -1, -1)));
        java.util.Map<Row, List<dev.zhibiao.Diagnostic>> notes = new java.util.IdentityHashMap<>();
        List<String> names = new ArrayList<>();
        List<Row> rows = LaidOutTable.rows(lines, roles, heading, notes);
        for (Row r : rows) {
            names.add(r.cells().get(3).text() + "|" + r.cells().get(5).text());
        }
        assertEquals(List.of("参保对象满意度(%)|100%", "工作满意度|100%"), names);
        org.junit.jupiter.api.Assertions.assertTrue(notes.getOrDefault(rows.get(1), List.of()).stream()
                .anyMatch(d -> d.code().equals(OneValuePerRow.ACTUALS)), "noted: " + notes);
    }

    /**
     * A row whole on the last line of a page ({@code 基金滚存结余可支付月数(月) | 6-9 | 6-9}), then at the next page's head
     * a row whose value is wrapped round its one-line name ({@code 普遍} / {@code 开展门诊统筹 | 普遍开展} / {@code 开展}).
     * The first name's completed value is whole (narrower than the column's widest) and the next name has one of its
     * own: two rows ({@link OneValuePerRow#eachItsActual}); the value's first line, as near the row on the page before
     * as the row of its own page, is its page's row's ({@link PageRows}). Without the first the names ran together, without
     * the second the value read {@code 6-9普遍} (tmpl30).
     */
    @Test
    void aPagesFirstRowKeepsItsNameAndTheValueWrappedRoundIt() {
        List<ColumnFit.Role> roles = List.of(ColumnFit.Role.LEAD, ColumnFit.Role.L1, ColumnFit.Role.L2, ColumnFit.Role.NAME,
                ColumnFit.Role.VALUE, ColumnFit.Role.ACTUAL, ColumnFit.Role.TEXT);
        int[] heading = {0, 5, 11, 28, 43, 51, 60};
        List<LaidOutTable.Line> lines = List.of(
                new LaidOutTable.Line(181, t(null, null, null, "实行按病种(组)、按人头付费", "逐步", null, null), x(-1, -1, -1, 21, 43, -1, -1), 1),
                new LaidOutTable.Line(182, t(null, null, null, null, null, "逐步推开", null), x(-1, -1, -1, -1, -1, 51, -1), 1),
                new LaidOutTable.Line(183, t(null, null, null, "等支付方式改革", "推开", null, null), x(-1, -1, -1, 24, 43, -1, -1), 1),
                new LaidOutTable.Line(186, t(null, null, null, "基金滚存结余可支付月数(月)", "6-9", "6-9", null), x(-1, -1, -1, 21, 43, 52, -1), 1),
                new LaidOutTable.Line(187, t(null, null, null, null, "普遍", null, null), x(-1, -1, -1, -1, 44, -1, -1), 2),
                new LaidOutTable.Line(188, t(null, null, null, "开展门诊统筹", null, "普遍开展", null), x(-1, -1, -1, 24, -1, 51, -1), 2),
                new LaidOutTable.Line(189, t(null, null, null, null, "开展", null, null), x(-1, -1, -1, -1, 44, -1, -1), 2));
        java.util.Map<Row, List<dev.zhibiao.Diagnostic>> notes = new java.util.IdentityHashMap<>();
        List<String> got = new ArrayList<>();
        List<Row> rows = LaidOutTable.rows(lines, roles, heading, notes);
        for (Row r : rows) {
            got.add(r.cells().get(3).text() + "|" + r.cells().get(4).text() + "|" + r.cells().get(5).text());
        }
        assertEquals(List.of("实行按病种(组)、按人头付费等支付方式改革|逐步推开|逐步推开", "基金滚存结余可支付月数(月)|6-9|6-9",
                "开展门诊统筹|普遍开展|普遍开展"), got);
        org.junit.jupiter.api.Assertions.assertTrue(notes.getOrDefault(rows.get(2), List.of()).stream()
                .anyMatch(d -> d.code().equals(PageRows.CODE)), "noted: " + notes);
    }

    /**
     * A numbered print's row whose value is centred between the two lines of its name and whose completed value is
     * wrapped beside them ({@code 符合待遇享受条件的参保人员 | | 有效缓} / {@code | 有效缓解 |} / {@code 照护费用负担减轻程度 | | 解}):
     * each name line stands beside a piece of 实际完成值, but the value column holds the row's value between them, so
     * {@link OneValuePerRow#apartByActuals} leaves the name whole (asked everywhere, it split the name in two:
     * tmpl30's dropped rule on disclosures-print-fresh25's numbered {@code -layout} print).
     */
    @Test
    void aNameBesideAWrappedCompletedValueWithItsValueBetweenIsOneName() {
        List<ColumnFit.Role> roles = List.of(ColumnFit.Role.L1, ColumnFit.Role.L2, ColumnFit.Role.NAME, ColumnFit.Role.VALUE,
                ColumnFit.Role.ACTUAL);
        int[] heading = {5, 12, 21, 47, 59};
        List<LaidOutTable.Line> lines = List.of(
                line(422, t(null, null, "居家照护服务试点运行情况", "运行良好", "运行良好"), x(-1, -1, 21, 47, 59)),
                line(426, t("效益指", "社会效益指", "符合待遇享受条件的参保人员", null, "有效缓"), x(5, 12, 21, -1, 59)),
                line(427, t(null, null, null, "有效缓解", null), x(-1, -1, -1, 47, -1)),
                line(428, t("标", "标", "照护费用负担减轻程度", null, "解"), x(6, 12, 22, -1, 60)));
        List<String> rows = new ArrayList<>();
        for (Row r : LaidOutTable.rows(lines, roles, heading)) {
            rows.add(r.cells().get(2).text() + "|" + r.cells().get(3).text() + "|" + r.cells().get(4).text());
        }
        assertEquals(List.of("居家照护服务试点运行情况|运行良好|运行良好", "符合待遇享受条件的参保人员照护费用负担减轻程度|有效缓解|有效缓解"), rows);
    }

    private static LaidOutTable.Line line(int no, String[] texts, int[] starts) {
        return new LaidOutTable.Line(no, texts, starts);
    }

    private static String[] t(String... texts) {
        return texts;
    }

    private static int[] x(int... starts) {
        return starts;
    }
}
