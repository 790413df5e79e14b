package dev.zhibiao.internal.layout;

import dev.zhibiao.internal.layout.Vocabulary.Column;
import dev.zhibiao.internal.text.Text;
import java.util.List;
import java.util.Map;

/**
 * A 指标性质 column that prints the indicator's direction, as some forms use the word:
 *
 * <pre>
 * 一级指标 | 二级指标 | 三级指标            | 指标性质 | 指标值 | 计量单位
 * 产出指标 | 数量指标 | 新建改造集中供水工程 | 正向指标 | ≥45    | 处
 * </pre>
 *
 * The heading names the operator column of a split value (指标性质: ≥, ≤, 定性, 定量), but its cells are
 * direction words (正向指标 / 反向指标), which no operator column holds, so every row was read by
 * content and its value and unit left as remnants. Where the heading names no direction column and
 * every filled cell of its operator column is a direction word of the vocabulary (正向, 反向, 逆向,
 * 负向, with or without 指标), two cells or more, the column is read as the direction column: the
 * value then is the value cell with its unit ({@code ≥45处}), the direction the word. The converse of
 * {@link DirectionOperators}. Recorded as {@code operator-directions}.
 */
final class OperatorDirections {
    /** The diagnostic code of an operator column read as the directions. */
    static final String CODE = "operator-directions";

    private OperatorDirections() {
    }

    /**
     * Retypes the operator column of {@code roles} as the direction column where its cells are
     * direction words.
     *
     * @param heading the table's heading row
     * @param roles   the heading's column roles, changed in place
     * @param rows    the table's rows under the heading
     * @param d       where the reading is recorded
     */
    static void read(Row heading, Map<Integer, Column> roles, List<Row> rows, SheetDraft d) {
        if (roles.containsValue(Column.DIRECTION)) {
            return;
        }
        for (Map.Entry<Integer, Column> e : roles.entrySet()) {
            if (e.getValue() != Column.OPERATOR) {
                continue;
            }
            int at = e.getKey();
            int directions = 0;
            for (Row r : rows) {
                if (at >= r.cells().size() || r.cells().get(at).isEmpty()) {
                    continue;
                }
                if (!TemplateColumns.fitsColumn(r.cells().get(at), Column.DIRECTION)) {
                    return;
                }
                directions++;
            }
            if (directions >= 2) {
                e.setValue(Column.DIRECTION);
                d.diag(CODE, heading.cells().get(at).at(), "the column \"" + Text.clean(heading.cells().get(at).text())
                        + "\" prints the indicators' directions (" + directions + " cells, 正向 / 反向): read as the direction column");
            }
            return;
        }
    }
}
