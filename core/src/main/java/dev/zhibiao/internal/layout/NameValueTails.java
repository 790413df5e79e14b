package dev.zhibiao.internal.layout;

import dev.zhibiao.internal.layout.IndicatorTable.Read;
import dev.zhibiao.internal.layout.Vocabulary.Column;
import dev.zhibiao.internal.text.Text;
import java.util.List;

/**
 * Printed lines (plain OCR text, {@link Document#printedLines}) whose name cell ends with the very
 * text of the read's value cell: the value printed twice, once glued to the name by the engine (one
 * space or none between them: {@code 困难群众医疗费用负担 有效缓解 | 有效缓解}, a self-evaluation's 指标值
 * beside its 全年实际完成值) and once in its own column. No answered name of the corpus ends with its
 * own value (none of 46,102 rows), so the name's tail is that second printing: it is cut off and kept
 * as a remnant, and the cut is recorded ({@code name-value-cut}). The value itself, the second
 * witness, stays as read. A tail of one character, or a cut that would leave a name of fewer than two
 * characters, is left alone.
 */
final class NameValueTails {
    private NameValueTails() {
    }

    /**
     * Cuts the value's second printing off the end of each indicator's name.
     *
     * @param reads the table's reads after the joins of wrapped names
     * @param d     where the diagnostics and remnants go
     */
    static void cut(List<Read> reads, SheetDraft d) {
        for (Read r : reads) {
            Cell name = r.content.get(Column.NAME);
            Cell value = r.content.get(Column.VALUE);
            if (name == null || value == null || value.isEmpty()) {
                continue;
            }
            int at = tail(name.text(), value.text());
            if (at < 0) {
                continue;
            }
            String text = name.text();
            String kept = text.substring(0, at).strip();
            String cut = text.substring(at).strip();
            r.content.put(Column.NAME, name.withText(kept));
            d.diag("name-value-cut", name.at(), "the name \"" + text.strip() + "\" ends with its value \"" + value.text().strip()
                    + "\" printed a second time: cut to \"" + kept + "\"");
            d.remnant(new Cell(cut, name.at()), "the value printed again at the end of its indicator's name");
        }
    }

    /**
     * Where in the name its value's text starts, when the name ends with it (as matching folds both:
     * white space dropped, NFKC, simplified) and leaves two characters or more before it; -1 otherwise.
     */
    static int tail(String name, String value) {
        String vk = Text.key(value);
        String nk = Text.key(name);
        if (vk.codePointCount(0, vk.length()) < 2 || !nk.endsWith(vk) || nk.length() - vk.length() < 2) {
            return -1;
        }
        for (int at = name.length() - 1; at > 0; at--) {
            String k = Text.key(name.substring(at));
            if (k.equals(vk) && !Character.isWhitespace(name.charAt(at))) {
                return Text.key(name.substring(0, at)).length() >= 2 ? at : -1;
            }
            if (k.length() > vk.length()) {
                return -1;
            }
        }
        return -1;
    }
}
