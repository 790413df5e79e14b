package dev.zhibiao.internal.layout;

import dev.zhibiao.internal.layout.IndicatorTable.Label;
import dev.zhibiao.internal.layout.IndicatorTable.Read;
import dev.zhibiao.internal.layout.Vocabulary.Column;
import dev.zhibiao.internal.layout.Vocabulary.Level;
import java.util.Map;

/** How an indicator row was read, in words, for the diagnostics of {@link IndicatorTable} (moved out of it). */
final class ReadDescriptions {
    private ReadDescriptions() {
    }

    /**
     * The prefix's pieces and what went where: {@code prefix + description.strip()}, where the description
     * ends with "; " whenever it is not empty (so the strip takes that one space). The pieces are joined once
     * into a string of their exact length ({@code String.join} sizes its result by its parts; a builder grew,
     * was widened for the first Chinese character and was copied again by {@code toString}).
     */
    static String describe(Read read, String... prefix) {
        int entries = read.labels.size() + read.content.size();
        String[] parts = java.util.Arrays.copyOf(prefix, prefix.length + 6 * entries);
        int k = prefix.length;
        for (int i = 0; i < read.labels.size(); i++) {
            Label l = read.labels.get(i);
            parts[k++] = l.column() == Column.L1 ? "一级指标" : l.column() == Column.L2 ? "二级指标"
                    : l.category() == null ? "label" : l.category().level() == Level.L1 ? "一级指标" : "二级指标";
            k = describeCell(parts, k, l.cell());
        }
        for (Map.Entry<Column, Cell> e : read.content.entrySet()) {
            parts[k++] = heading(e.getKey());
            k = describeCell(parts, k, e.getValue());
        }
        if (entries > 0) {
            parts[k - 1] = ");"; // the last "; " loses its space, as strip() took it
        }
        return String.join("", parts);
    }

    /** The pieces {@code  ← "TEXT" (printed in cell N); } after a column's name; returns the next free index. */
    private static int describeCell(String[] parts, int k, Cell c) {
        parts[k++] = " ← \"";
        parts[k++] = c.text();
        parts[k++] = "\" (printed in cell ";
        parts[k++] = String.valueOf(c.at().column());
        parts[k++] = "); ";
        return k;
    }

    /** The usual heading of a column, for messages. */
    static String heading(Column c) {
        return switch (c) {
            case LEAD -> "绩效指标";
            case L1 -> "一级指标";
            case L2 -> "二级指标";
            case NAME -> "三级指标";
            case VALUE -> "指标值";
            case MID_VALUE -> "中期指标值";
            case ACTUAL -> "全年实际完成值";
            case NOTE -> "未完成原因和改进措施";
            case FORECAST -> "全年预计完成情况";
            case DESCRIPTION -> "绩效指标描述";
            case BASIS -> "指标值确定依据";
            case OPERATOR -> "指标性质";
            case UNIT -> "度量单位";
            case ACTUAL_OPERATOR -> "完成值指标性质";
            case ACTUAL_UNIT -> "完成值度量单位";
            case WEIGHT -> "权重";
            case SCORE -> "得分";
            case DIRECTION -> "指标方向性";
            case UNIT_NAME -> "单位名称";
            case PROJECT -> "项目名称";
            case BUDGET -> "预算数";
            case PROJECT_CODE -> "项目编码";
            case GOALS -> "年度目标";
            case CATEGORY -> "指标类型";
            case OTHER -> "other column";
        };
    }
}
