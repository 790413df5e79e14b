package dev.zhibiao.internal.layout;

import dev.zhibiao.internal.layout.Vocabulary.Column;
import dev.zhibiao.internal.text.Text;
import java.util.List;
import java.util.Map;

/**
 * A name heading over the level-2 labels, as some forms print their levels:
 *
 * <pre>
 * 指标类型 | 指标名称 | 三级指标       | 指标值
 * 产出指标 | 数量指标 | 日常养护里程   | ≥1250公里
 * </pre>
 *
 * Both 指标名称 and 三级指标 name the indicator's name column ({@code headings.tsv}), so the second
 * would be a repeated column, its names remnants, and the rows read with 数量指标 as their names.
 * Where the heading names no level-2 column, a later heading of the name column repeats the first,
 * and every filled cell of the first name column is a level-2 label of the vocabulary (two cells or
 * more) while the repeated column holds text that is no level label, the first is read as the
 * 二级指标 column and the repeated one as the names. Recorded as {@code name-column-level2}.
 */
final class NameLevelColumn {
    /** The diagnostic code of a name column read as the level-2 column. */
    static final String CODE = "name-column-level2";

    private NameLevelColumn() {
    }

    /**
     * Retypes the first name column of {@code roles} as the level-2 column, and the repeated name
     * column after it as the name column, where the cells say so.
     *
     * @param heading the table's heading row
     * @param roles   the heading's column roles, changed in place
     * @param rows    the table's rows under the heading
     * @param d       where the reading is recorded
     */
    static void read(Row heading, TemplateColumns.Roles roles, List<Row> rows, SheetDraft d) {
        if (roles.containsValue(Column.L2)) {
            return;
        }
        Integer nameAt = null;
        for (Map.Entry<Integer, Column> e : roles.entrySet()) {
            if (e.getValue() == Column.NAME) {
                nameAt = e.getKey();
                break;
            }
        }
        if (nameAt == null) {
            return;
        }
        Integer repeat = null;
        for (Integer at : roles.tailMap(nameAt, false).keySet()) {
            if (roles.unknownHeading(at) != null && Vocabulary.column(heading.cells().get(at).text()) == Column.NAME) {
                repeat = at;
                break;
            }
        }
        if (repeat == null || labels(rows, nameAt, true) < 2 || labels(rows, repeat, false) < 2) {
            return;
        }
        roles.put(nameAt, Column.L2);
        roles.known(repeat, Column.NAME);
        d.diag(CODE, heading.cells().get(nameAt).at(), "the name column \"" + Text.clean(heading.cells().get(nameAt).text())
                + "\" holds only level-2 labels and \"" + Text.clean(heading.cells().get(repeat).text())
                + "\" names the indicators after it: read as the 二级指标 column");
    }

    /**
     * The filled cells of column {@code at}: with {@code level2}, how many are level-2 labels (-1 when
     * any is not one); without, how many are no level label at all (-1 when any is one).
     */
    private static int labels(List<Row> rows, int at, boolean level2) {
        int n = 0;
        for (Row r : rows) {
            if (at >= r.cells().size() || r.cells().get(at).isEmpty()) {
                continue;
            }
            String t = r.cells().get(at).text();
            boolean label = Vocabulary.isLevel2Label(t) || Vocabulary.isLevel1Label(t);
            if (level2 ? !Vocabulary.isLevel2Label(t) : label) {
                return -1;
            }
            n++;
        }
        return n;
    }
}
