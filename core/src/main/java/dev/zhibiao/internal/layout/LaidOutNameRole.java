package dev.zhibiao.internal.layout;

import java.util.List;

/**
 * The name column of an aligned heading that names none: 一级指标 | 二级指标 | 指标内容 | 指标值 (or 绩效指标 right of the
 * levels). {@link TemplateColumns#roles} reads such a word, right of a level column in a heading with no name column, as
 * the indicators' names; the column fit of space-aligned text read it as a text column, so the table had no name
 * column, its printed lines were never joined into rows ({@link LaidOutTable#rows} asks for one) and a cell wrapped
 * round its row's line was read as a row of its own. The same word is the name column there too.
 */
final class LaidOutNameRole {
    private LaidOutNameRole() {
    }

    /**
     * Sets the name role on the first description or lead heading right of a level column, where no heading is the name's.
     *
     * @param words the heading's words, in order
     * @param roles their column roles (changed in place), as many as the words
     */
    static void fill(List<ColumnFit.Tok> words, List<ColumnFit.Role> roles) {
        if (roles.contains(ColumnFit.Role.NAME) || roles.size() != words.size()) {
            return;
        }
        boolean level = false;
        for (int i = 0; i < words.size(); i++) {
            ColumnFit.Role r = roles.get(i);
            if (r == ColumnFit.Role.L1 || r == ColumnFit.Role.L2) {
                level = true;
                continue;
            }
            Vocabulary.Column c = Vocabulary.column(words.get(i).text());
            if (level && (c == Vocabulary.Column.DESCRIPTION || c == Vocabulary.Column.LEAD)) {
                roles.set(i, ColumnFit.Role.NAME);
                return;
            }
        }
    }
}
