package dev.zhibiao.internal.layout;

import dev.zhibiao.internal.text.Text;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A project's year stated in a document's prose, for a sheet that prints no year of its own.
 *
 * <p>A budget disclosure describes its projects before their sheets (该项目为2020年度本部门专项业务经费，主要用于
 * 城乡医疗救助补助资金相关工作…); a department budget sheet printed under it may print no year. Such a
 * sheet was given the cover's year (2024年部门预算公开), which the document says of itself, not of the
 * project: a sentence that names the sheet's project with one year (…年度) says the project's year, and
 * is taken before the cover's. The document's prose is kept as it arrives (the last {@value #KEEP}
 * sentences holding a year), each sentence joined over the lines it was printed on.
 */
final class ProjectYearNotes {

    private static final Pattern YEAR = Pattern.compile("((?:19|20)[0-9]{2})年度");
    /** How many sentences holding a year are kept (a document's project notes, not all its prose). */
    static final int KEEP = 64;
    /** A sentence shorter than this is a year line or a heading, not a statement about a project. */
    private static final int SENTENCE = 16;
    /** A sentence is joined over at most this many printed lines. */
    private static final int LINES = 4;

    private final ArrayDeque<String> kept = new ArrayDeque<>();
    private StringBuilder open;
    private int openLines;

    /** @param r a row of the document, in order: prose lines feed the notes, table rows end a sentence */
    void add(Row r) {
        if (r.table() && !Recovery.singleCell(r)) {
            close();
            return;
        }
        String k = Text.key(r.text());
        if (k.isEmpty()) {
            return;
        }
        if (open == null) {
            if (!YEAR.matcher(k).find()) {
                return;
            }
            open = new StringBuilder();
            openLines = 0;
        }
        open.append(k);
        openLines++;
        int end = open.indexOf("。");
        if (end >= 0 || openLines >= LINES) {
            close();
        }
    }

    private void close() {
        if (open == null) {
            return;
        }
        String s = open.toString();
        open = null;
        int end = s.indexOf("。");
        String first = end >= 0 ? s.substring(0, end + 1) : s; // the sentence that holds the year
        if (first.length() >= SENTENCE && YEAR.matcher(first).find()) {
            kept.addLast(first);
            if (kept.size() > KEEP) {
                kept.removeFirst();
            }
        }
    }

    /** @return the sentences kept so far (a copy: a segment built later holds the notes before it) */
    List<String> snapshot() {
        return kept.isEmpty() ? List.of() : new ArrayList<>(kept);
    }

    /**
     * Gives a sheet without a year of its own (none, or the cover's) the year a note states of its
     * project: every kept sentence naming the project must state one year, and the same one.
     *
     * @param d     the sheet being assembled (its project read)
     * @param notes the sentences kept before the sheet
     */
    static void apply(SheetDraft d, List<String> notes) {
        if (notes.isEmpty() || d.project == null || d.year != null && !d.yearFromDocument) {
            return;
        }
        String project = Text.key(d.project);
        if (project.length() < 4) {
            return;
        }
        Integer year = null;
        String said = null;
        for (String n : notes) {
            if (!n.contains(project)) {
                continue;
            }
            Matcher m = YEAR.matcher(n);
            if (!m.find()) {
                continue;
            }
            Integer y = Integer.valueOf(m.group(1));
            if (m.find() && !m.group(1).equals(y.toString()) || year != null && !year.equals(y)) {
                return; // two years said of the project: neither is taken
            }
            year = y;
            said = n;
        }
        if (year == null || year.equals(d.year)) {
            return;
        }
        d.diag("year-from-project-note", d.locator, "the sheet prints no year; " + year + " taken from the note on its project"
                + (d.year != null ? " (not the document's " + d.year + ")" : "") + ": \"" + said + "\"");
        d.year = year;
        d.yearFromDocument = false;
    }
}
