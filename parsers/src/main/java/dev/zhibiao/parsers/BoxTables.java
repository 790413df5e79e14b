package dev.zhibiao.parsers;

/**
 * Tables drawn with box-drawing characters in a text ({@code ┌──┬──┐}, {@code │ 一级指标 │ 指标值 │},
 * {@code ├──┼──┤}): what many Chinese text exports and text pages print for a table. Each run of such
 * lines is rewritten, line for line, as the tables the markdown reader reads: a table whose rows are
 * parted by rules becomes a grid table ({@code +--+}, {@code | a |}: a cell's lines between two rules
 * are one cell), a table ruled only under its heading a pipe table (a line a row). Box-drawing
 * characters are one column wide or two (a CJK font draws them full width, and text aligned for it
 * counts two): the width that makes the run's lines equally wide is the one the text was aligned
 * with. Lines outside such runs are left as they are.
 */
final class BoxTables {
    private BoxTables() {
    }

    /** Vertical rules: light, heavy, double. */
    private static final String VERTICAL = "│┃║┆┇┊┋╎╏";
    /** Horizontal rules. */
    private static final String HORIZONTAL = "─━═┄┅┈┉╌╍";

    /** @return whether the text may hold a box-drawn table (a vertical rule somewhere) */
    static boolean mayHold(String text) {
        // a search by String.indexOf (vectorised by the JIT) for each rule character: nine such scans cost less
        // than one loop comparing every character; a Latin-1 string answers each at once
        for (int i = 0; i < VERTICAL.length(); i++) {
            char c = VERTICAL.charAt(i);
            if (text.indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean box(char c) {
        return c >= '\u2500' && c <= '\u257F';
    }

    private static boolean vertical(char c) {
        return VERTICAL.indexOf(c) >= 0;
    }

    /** A rule line: box-drawing characters and spaces only, a horizontal rule among them. */
    private static boolean rule(String t) {
        boolean horizontal = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!box(c) && c != ' ' && c != '\t') {
                return false;
            }
            horizontal |= HORIZONTAL.indexOf(c) >= 0;
        }
        return horizontal;
    }

    /** A row line: starts and ends with a vertical rule. */
    private static boolean row(String t) {
        return t.length() >= 2 && vertical(t.charAt(0)) && vertical(t.charAt(t.length() - 1));
    }

    /**
     * The text with its box-drawn tables rewritten as markdown tables, line for line; the text
     * itself when it holds none.
     *
     * @param text a document's text
     * @return the text to detect and read
     */
    static String rewrite(String text) {
        String[] lines = text.split("\n", -1);
        boolean changed = false;
        int i = 0;
        while (i < lines.length) {
            String t = lines[i].strip();
            if (!rule(t) && !row(t)) {
                i++;
                continue;
            }
            int end = i;
            int rows = 0;
            while (end < lines.length && (rule(lines[end].strip()) || row(lines[end].strip()))) {
                rows += row(lines[end].strip()) ? 1 : 0;
                end++;
            }
            if (rows >= 2) {
                convert(lines, i, end);
                changed = true;
            }
            i = end;
        }
        return changed ? String.join("\n", lines) : text;
    }

    /** Rewrites the table on lines {@code [from, to)}. */
    private static void convert(String[] lines, int from, int to) {
        // rules between two row lines part rows; when none does (a rule under the heading at most),
        // every line is a row
        int inner = 0;
        int firstRow = -1;
        int lastRow = -1;
        for (int k = from; k < to; k++) {
            if (row(lines[k].strip())) {
                firstRow = firstRow < 0 ? k : firstRow;
                lastRow = k;
            }
        }
        for (int k = firstRow + 1; k < lastRow; k++) {
            inner += rule(lines[k].strip()) ? 1 : 0;
        }
        boolean grid = inner >= 2;
        int w = grid ? boxWidth(lines, from, to) : 1;
        for (int k = from; k < to; k++) {
            String line = lines[k];
            boolean isRule = rule(line.strip());
            StringBuilder b = new StringBuilder(line.length() + 16);
            for (int c = 0; c < line.length(); c++) {
                char ch = line.charAt(c);
                if (!box(ch)) {
                    b.append(ch);
                } else if (isRule) {
                    if (!grid) {
                        b.append(vertical(ch) || HORIZONTAL.indexOf(ch) < 0 ? '|' : '-');
                    } else {
                        b.append(HORIZONTAL.indexOf(ch) >= 0 ? '-' : '+');
                        for (int x = 1; x < w; x++) {
                            b.append('-');
                        }
                    }
                } else {
                    b.append(vertical(ch) ? '|' : ch);
                    for (int x = 1; x < w && vertical(ch); x++) {
                        b.append(' ');
                    }
                }
            }
            if (grid && isRule) {
                // the last corner is the border's end: a grid border ends with its +
                int end = b.length();
                while (end > 0 && b.charAt(end - 1) == '-') {
                    end--;
                }
                if (end > 0 && b.charAt(end - 1) == '+') {
                    b.setLength(end);
                }
            }
            lines[k] = b.toString();
        }
    }

    /**
     * The width the table's box-drawing characters were aligned with: 2 when counting them two columns
     * makes more of its lines as wide as the widest, else 1.
     */
    private static int boxWidth(String[] lines, int from, int to) {
        int[] agree = new int[3];
        for (int w = 1; w <= 2; w++) {
            java.util.Map<Integer, Integer> widths = new java.util.HashMap<>();
            for (int k = from; k < to; k++) {
                String t = lines[k].strip();
                int n = 0;
                for (int c = 0; c < t.length(); c++) {
                    char ch = t.charAt(c);
                    n += box(ch) ? w : MarkdownReader.width(ch);
                }
                widths.merge(n, 1, Integer::sum);
            }
            agree[w] = widths.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        }
        return agree[2] > agree[1] ? 2 : 1;
    }
}
