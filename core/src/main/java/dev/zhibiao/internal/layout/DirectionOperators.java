package dev.zhibiao.internal.layout;

import dev.zhibiao.internal.layout.Vocabulary.Column;
import dev.zhibiao.internal.text.Text;
import java.util.List;
import java.util.Map;

/**
 * A 指标方向 column that prints the value's operator, as some forms split their values:
 *
 * <pre>
 * 一级指标 | 二级指标 | 三级指标          | 指标方向 | 指标值 | 计量单位
 * 产出指标 | 数量指标 | 配备报警装置学校数 | ≥        | 120    | 所
 * </pre>
 *
 * The heading says direction (指标方向性: 正向指标 / 反向指标), but its cells are the operators of a
 * split value ({@code ≥ | 120 | 所} is {@code ≥120所}). Where the heading names no operator column (指标性质,
 * 比较符) and every filled cell of the direction column is an operator of the split-value grammar
 * ({@code ≥}, {@code ≤}, {@code =}, {@code 不低于} …; none a 正向 / 反向 word), two cells or more, the
 * column is read as the operator column: the operator joins the value, and the direction follows from
 * it as it does for any split operator (≤ and &lt; negative, the others positive). Recorded as
 * {@code direction-operators}.
 */
final class DirectionOperators {
    /** The diagnostic code of a direction column read as the operators. */
    static final String CODE = "direction-operators";

    private DirectionOperators() {
    }

    /**
     * Retypes the direction column of {@code roles} as the operator column where its cells are
     * operators.
     *
     * @param heading the table's heading row
     * @param roles   the heading's column roles, changed in place
     * @param rows    the table's rows under the heading
     * @param d       where the reading is recorded
     */
    static void read(Row heading, Map<Integer, Column> roles, List<Row> rows, SheetDraft d) {
        if (roles.containsValue(Column.OPERATOR)) {
            return;
        }
        for (Map.Entry<Integer, Column> e : roles.entrySet()) {
            if (e.getValue() != Column.DIRECTION) {
                continue;
            }
            int at = e.getKey();
            int operators = 0;
            for (Row r : rows) {
                if (at >= r.cells().size() || r.cells().get(at).isEmpty()) {
                    continue;
                }
                Cell c = r.cells().get(at);
                if (TemplateColumns.operator(c) == null || TemplateColumns.direction(c, null) != null) {
                    return;
                }
                operators++;
            }
            if (operators >= 2) {
                e.setValue(Column.OPERATOR);
                d.diag(CODE, heading.cells().get(at).at(), "the column \"" + Text.clean(heading.cells().get(at).text())
                        + "\" prints the values' operators (" + operators + " cells): read as the split value's operator");
            }
            return;
        }
    }
}
