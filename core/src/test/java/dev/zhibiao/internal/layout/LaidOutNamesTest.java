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
