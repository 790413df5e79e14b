package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zhibiao.internal.layout.Cell;
import dev.zhibiao.internal.layout.Document;
import dev.zhibiao.internal.layout.Row;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownReaderTest {

    @Test
    void gridTableBandsAreRowsWithWrappedCellsJoined() {
        Document d = MarkdownReader.read(String.join("\n",
                "## 项目支出绩效目标表",
                "",
                "+-------------+-------------+-----------+",
                "| 项目名称    | 城乡        | [901      |",
                "|             | 居民医疗保  | 00.00]{st |",
                "|             | 险补助资金  | yle=\"x\"} |",
                "+=============+=============+===========+",
                "| 指标1：参保 | ≥ 95 %      | Basic     |",
                "| 率(%)       |             | insurance |",
                "+-------------+-------------+-----------+",
                "| 目标1：巩   |             |           |",
                "| 固参保率。\\ |             |           |",
                "| 目标2：稳步 |             |           |",
                "+-------------+-------------+-----------+",
                "",
                "说明"), "g.md");
        List<Row> rows = d.rows();
        assertEquals(5, rows.size(), rows.toString());
        assertEquals("项目支出绩效目标表", rows.get(0).text());
        // Chinese wrapped anywhere and a cut amount join without a space; the converter's span is removed
        assertEquals(List.of("项目名称", "城乡居民医疗保险补助资金", "90100.00"),
                rows.get(1).cells().stream().map(Cell::text).toList());
        assertEquals(4, rows.get(1).at().line());
        assertEquals(List.of("指标1：参保率(%)", "≥ 95 %", "Basic insurance"),
                rows.get(2).cells().stream().map(Cell::text).toList());
        // a hard line break (trailing backslash) is a space
        assertEquals("目标1：巩固参保率。 目标2：稳步", rows.get(3).cells().get(0).text());
        assertEquals("", rows.get(3).cells().get(1).text());
        assertEquals("说明", rows.get(4).text());
    }

    @Test
    void pipeRowsDelimitersAndProse() {
        Document d = MarkdownReader.read("标题绩效目标表\n\n| a | b \\| c |\n|---|:--:|\n| 1 | |\n", "t.md");
        assertEquals(3, d.rows().size());
        assertEquals(List.of("a", "b | c"), d.rows().get(1).cells().stream().map(Cell::text).toList());
        assertEquals(List.of("1", ""), d.rows().get(2).cells().stream().map(Cell::text).toList());
        assertEquals(5, d.rows().get(2).at().line());
        assertEquals(3, d.rows().get(1).cells().get(0).at().line());
        assertEquals(2, d.rows().get(1).cells().get(1).at().column());
    }

    @Test
    void converterMarkupIsRemovedFromCellsAndProse() {
        Document d = MarkdownReader.read(String.join("\n",
                "::: Custom_UnionStyle",
                "## **<span",
                "style=\"font-size:16pt\">项目支出绩效目标表</span>**",
                "| [项目名称]{lang=\"ZH-CN\"} | <span style=\"x\">医保\\[2018\\]资金</span> |",
                "| 值 | 1&nbsp;000 |"), "t.md");
        List<Row> rows = d.rows();
        assertEquals(3, rows.size());
        assertEquals("项目支出绩效目标表", dev.zhibiao.internal.text.Text.clean(rows.get(0).text()));
        assertEquals(2, rows.get(0).at().line());
        assertEquals(List.of("项目名称", "医保[2018]资金"),
                rows.get(1).cells().stream().map(c -> dev.zhibiao.internal.text.Text.clean(c.text())).toList());
        assertEquals("1 000", rows.get(2).cells().get(1).text());
    }

    /** The scan that takes out bracketed spans gives what the expression it replaced gives. */
    @Test
    void spansAsTheExpressionTakesThemOut() {
        java.util.regex.Pattern span = java.util.regex.Pattern.compile("\\[((?:\\\\.|[^\\[\\]\\\\])*)\\]\\{[^{}]*\\}");
        String alphabet = "[]{}\\\n\u2028a中 =\"";
        java.util.Random r = new java.util.Random(9);
        for (int k = 0; k < 200_000; k++) {
            StringBuilder b = new StringBuilder();
            for (int i = r.nextInt(14); i > 0; i--) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String s = b.toString();
            assertEquals(span.matcher(s).replaceAll("$1"), MarkdownReader.spans(s), s);
        }
        assertEquals("参保人数 与 [x] b", MarkdownReader.spans("[参保人数]{lang=\"ZH-CN\"} 与 [[x]{a}] [b]{c}"));
    }

    /** The cells of a pipe row as the character-by-character split gave them (before the split by index). */
    private static List<String> splitByCharacter(String t) {
        List<String> cells = new java.util.ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int end = t.endsWith("|") && t.length() > 1 && t.charAt(t.length() - 2) != '\\' ? t.length() - 1 : t.length();
        for (int i = 1; i < end; i++) {
            char c = t.charAt(i);
            if (c == '\\' && i + 1 < end && t.charAt(i + 1) == '|') {
                cur.append('|');
                i++;
            } else if (c == '|') {
                cells.add(MarkdownReader.inline(cur.toString()).strip());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        cells.add(MarkdownReader.inline(cur.toString()).strip());
        return cells;
    }

    @Test
    void pipeRowCellsAsTheCharacterSplitGaveThem() {
        String alphabet = "||||\\\\  \u3000\ta中*_[]{}&;*";
        java.util.Random r = new java.util.Random(21);
        for (int k = 0; k < 200_000; k++) {
            StringBuilder b = new StringBuilder(k % 2 == 0 ? "|" : "");
            for (int i = r.nextInt(16); i > 0; i--) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String t = b.toString();
            List<String> got = MarkdownReader.split(t, 1).stream().map(Cell::text).toList();
            assertEquals(splitByCharacter(t), got, t);
        }
    }

    /** {@link MarkdownReader#gridBorder}'s scan (speed34) answers as the expression it replaced, on random lines. */
    @Test
    void gridBorderAsTheExpression() {
        java.util.regex.Pattern border = java.util.regex.Pattern.compile("\\+(:?[-=]+:?\\+)+");
        String alphabet = "++--==::| a中";
        java.util.Random r = new java.util.Random(34);
        for (int k = 0; k < 200_000; k++) {
            StringBuilder b = new StringBuilder(k % 4 == 0 ? "" : "+");
            for (int i = r.nextInt(12); i > 0; i--) {
                b.append(alphabet.charAt(r.nextInt(k % 3 == 0 ? alphabet.length() : 6)));
            }
            String t = b.toString();
            assertEquals(border.matcher(t).matches(), MarkdownReader.gridBorder(t), t);
        }
        assertEquals(true, MarkdownReader.gridBorder("+:--+==:+---+"));
        assertEquals(false, MarkdownReader.gridBorder("+--+ "));
    }
}
