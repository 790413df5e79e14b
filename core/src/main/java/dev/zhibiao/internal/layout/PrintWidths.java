package dev.zhibiao.internal.layout;

import dev.zhibiao.internal.text.Text;

/** Printed widths of text in em, for space-aligned tables (moved out of {@link LaidOutTable}). */
final class PrintWidths {
    private PrintWidths() {
    }

    /**
     * The most a text may be wide as printed, in em ({@link #width(String, boolean)}): a line is
     * taken to fill its column when it may.
     */
    static double width(String text) {
        return width(text, true);
    }

    /**
     * The printed width of a text in em, as a proportional Chinese font prints it, at least
     * ({@code most} false) or at most: a Chinese or full-width character is one em, a digit, letter or
     * sign 0.5 to 0.6, a stop or comma 0.25 to 0.3, a bracket 0.35 to 0.4, a percent sign 0.6 to 0.8,
     * and a space 0.17 to 0.35 (measured on {@code pdftotext -bbox-layout} of LibreOffice prints).
     * {@code pdftotext -layout} prints a space where the print only leaves the small gap set between
     * Chinese and digits ({@code 2019 年 12 月 31 日前} is {@code 2019年12月31日前} as printed), and
     * that gap is not the same in every print; counting those spaces and the digits at half a
     * character each made a line of digits and characters look wider than the line of characters
     * only that fills the same column, so that line looked too short to wrap, and made a line as
     * wide as its column read short. A column's widest text is measured at least, the line that
     * may fill it at most.
     */
    static double width(String text, boolean most) {
        double w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            if (Text.isWide(cp)) {
                w += 1;
            } else if (cp == ' ') {
                w += most ? 0.35 : 0.17;
            } else if (cp == '(' || cp == ')' || cp == '[' || cp == ']') {
                w += most ? 0.4 : 0.35;
            } else if (cp == '.' || cp == ',' || cp == ';' || cp == ':' || cp == '!' || cp == '\'') {
                w += most ? 0.3 : 0.25;
            } else if (cp == '\u201C' || cp == '\u201D' || cp == '\u2018' || cp == '\u2019') {
                w += most ? 0.6 : 0.3;
            } else if (cp == '%') {
                w += most ? 0.8 : 0.6;
            } else {
                w += most ? 0.6 : 0.5;
            }
            i += n;
        }
        return w;
    }
}
