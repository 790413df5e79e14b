package dev.zhibiao.parsers;

import dev.zhibiao.parsers.PdfTextReader.Line;
import java.util.ArrayList;
import java.util.List;

import static dev.zhibiao.parsers.PdfTextReader.*;

/**
 * Sheet titles in plain pdftotext text, page by page: a title wrapped at its line end joined, the
 * first title of a chunk found, a chunk holding several titles split at them.
 */
final class PdfTextTitles {
    private PdfTextTitles() {
    }

    /**
     * Joins a numbered title wrapped at its line end ({@code 3、冀财社…补助} / {@code 资金（第一批）绩效目标表}):
     * a line ending in a title word whose line before, with no blank line between, starts with a
     * numbering and is no title itself. Also joined, with no blank line between: a title's bracketed
     * part cut at the line end, and a title word cut at the line end ({@code …绩效自} / {@code 评表}: a
     * rest of four characters at most, ending in 表, no title alone, a title with the line before).
     */
    static void joinWrappedTitles(List<Line> chunk) {
        for (int i = 1; i < chunk.size(); i++) {
            Line prev = chunk.get(i - 1);
            Line cur = chunk.get(i);
            String k = cur.key();
            String kp = prev.key();
            // a title whose bracketed part is cut at its line end (…绩效目标表（医疗保障能力提升部 / 分）)
            // (each regular expression behind a test it implies: a word or character it needs)
            boolean bracketCut = k.length() <= 16 && endsWithCloseBracket(k) && Rx.matches(k, "[^（()）]*[）)]")
                    && !isTitle(prev.text()) && !(kp.startsWith("第") && Rx.matches(kp, "^第[一二三四五六七八九十]+部分.*"))
                    && titleMatches(kp + k);
            // a title whose title word is cut at its line end (…转移支付区域（项目）绩效自 / 评表): the short rest
            // is no title alone, the two lines together are one
            boolean wordCut = k.length() <= 4 && k.endsWith("表") && kp.contains("绩效") && !titleMatches(k)
                    && !isTitle(prev.text()) && isTitle(prev.text() + cur.text());
            if (cur.block() == prev.block() && (bracketCut || wordCut || k.length() <= 60 && titleMatches(k)
                    && startsWithDigit(kp) && Rx.matches(kp, "\\d{1,2}[、.．].{8,}") && !isTitle(prev.text())
                    && !titleMatches(kp))) {
                chunk.set(i - 1, new Line(prev.no(), prev.text() + cur.text(), prev.block()));
                chunk.remove(i);
                i--;
            }
        }
    }

    /** {@code Rx.matches(TITLE, k)}, asked only of text holding 绩效 (every title word starts with it). */
    static boolean titleMatches(String k) {
        return k.contains("绩效") && Rx.matches(TITLE, k);
    }

    private static boolean endsWithCloseBracket(String k) {
        char c = k.isEmpty() ? 0 : k.charAt(k.length() - 1);
        return c == '）' || c == ')';
    }

    private static boolean startsWithDigit(String k) {
        return !k.isEmpty() && k.charAt(0) >= '0' && k.charAt(0) <= '9';
    }

    static int firstTitle(List<Line> chunk) {
        for (int i = 0; i < chunk.size(); i++) {
            if (isTitle(chunk.get(i).text())) {
                return i;
            }
        }
        return -1;
    }

    /** Whether lines hold a table header label that starts a table (一级指标, 三级指标, also wrapped as 一级指 / 标). */
    static boolean hasTableHeader(List<Line> lines) {
        for (Line l : lines) {
            String k = l.key();
            if (k.contains("一级指") || k.contains("三级指标")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the lines of {@code chunk} before its title at {@code title} go on the sheet of the page
     * before: that page ends in a sheet's title and header with no indicator heading yet, and the lines
     * before the title hold one (the header ran over the page break, its table after it; the title
     * below opens the next sheet). A page printed body first (its table, then its own title and header)
     * follows a page that holds its table already.
     */
    static boolean headerRunsOn(List<Line> previous, List<Line> chunk, int title) {
        return !hasTableHeader(previous) && hasTableHeader(chunk.subList(0, title));
    }

    static List<List<Line>> splitAtTitles(List<Line> chunk) {
        List<Integer> titles = new ArrayList<>();
        for (int i = 0; i < chunk.size(); i++) {
            if (isTitle(chunk.get(i).text())) {
                titles.add(i);
            }
        }
        if (titles.size() <= 1) {
            return List.of(chunk);
        }
        // department budget sheets print their title first, whatever prose comes before it
        // (so do sheets under a document's heading of a line or two that is no header line nor table text:
        // 某县2023年度项目绩效目标及自评情况 / 一、项目支出绩效目标表 … 二、项目支出绩效自评表, tprint19)
        boolean titleFirst = titles.get(0) == 0 || PdfTextBudget.isBudget(chunk) || PdfTextTemplateRows.underHeading(chunk, titles.get(0))
                || PdfTextTemplateRows.rowsContinued(chunk, titles.get(0));
        List<List<Line>> out = new ArrayList<>();
        int start = 0;
        for (int k = 0; k < titles.size(); k++) {
            int t = titles.get(k);
            int end;
            if (titleFirst) {
                end = k + 1 < titles.size() ? titles.get(k + 1) : chunk.size();
            } else {
                end = t + 1;
                while (end < chunk.size() && !isTitle(chunk.get(end).text()) && isHeaderLine(chunk.get(end).text())) {
                    end++;
                }
                if (k == titles.size() - 1) {
                    end = chunk.size();
                }
            }
            if (end > start) {
                out.add(new ArrayList<>(chunk.subList(start, end)));
            }
            start = end;
        }
        if (start < chunk.size()) {
            out.add(new ArrayList<>(chunk.subList(start, chunk.size())));
        }
        return out;
    }
}
