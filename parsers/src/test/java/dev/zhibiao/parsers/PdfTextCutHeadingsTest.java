package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.zhibiao.internal.layout.Vocabulary;
import dev.zhibiao.parsers.PdfTextReader.Frag;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Heading words cut at their cells' line ends, several heading cells to a line (plain pdftotext, 8 pt prints). */
class PdfTextCutHeadingsTest {

    private static Frag line(String t, int no) {
        return new Frag(t, no, no, true, true);
    }

    @Test
    void theCutWordsGetTheirEndsPrintedAfterTheHeadingLinesInOrder() {
        List<Frag> in = List.of(line("一级指标", 1), line("二级指标", 2), line("三级指标", 3), line("指标性 指标值", 4),
                line("度量单 权重 指标方向", 5), line("质", 6), line("位", 7), line("性", 8), line("产出指标", 9));
        List<String> out = PdfTextCutHeadings.join(in).stream().map(Frag::text).toList();
        // 指标方向 is a heading word already (the direction): its 性 stays a line of its own
        assertEquals(List.of("一级指标", "二级指标", "三级指标", "指标性质 指标值", "度量单位 权重 指标方向", "性", "产出指标"), out);
    }

    @Test
    void shortLinesThatCompleteNoHeadingWordAreLeftAlone() {
        List<Frag> in = List.of(line("三级指标", 1), line("指标性 指标值", 2), line("甲", 3), line("产出指标", 4));
        assertSame(in, PdfTextCutHeadings.join(in));
        // one heading word a line: joinLabelEnds' business, not this pass's
        List<Frag> alone = List.of(line("指标性", 1), line("指标值", 2), line("质", 3));
        assertSame(alone, PdfTextCutHeadings.join(alone));
        // value and actual headings wrapped side by side above the level words (年度指标 实际完成 / 分值 / 值 / 值):
        // PdfTextHeadingWords' business
        List<Frag> above = List.of(line("年度指标 实际完成", 1), line("分值", 2), line("值", 3), line("值", 4), line("一级指标", 5));
        assertSame(above, PdfTextCutHeadings.join(above));
    }

    /**
     * The pass as written before speed35 read each piece once: it read the run of heading lines again from every start in
     * the run (quadratic in a run's length). Kept as the oracle of {@link #theOnePassReadsAsTheRunFromEveryStart}.
     */
    private static List<Frag> joinAsBefore(List<Frag> in) {
        List<Frag> out = null;
        int mark = 0;
        for (int i = 0; i < in.size(); i++) {
            List<String[]> run = new ArrayList<>();
            List<int[]> cuts = new ArrayList<>();
            boolean several = false;
            boolean levels = false;
            int k = i;
            for (; k < in.size(); k++) {
                Frag f = in.get(k);
                String[] parts = Rx.splitSpaces(f.text().strip());
                List<int[]> lineCuts = new ArrayList<>();
                boolean heading = true;
                for (int p = 0; p < parts.length && heading; p++) {
                    Vocabulary.Column column = Vocabulary.column(parts[p]);
                    if (column != null) {
                        levels |= column == Vocabulary.Column.L1 || column == Vocabulary.Column.L2 || column == Vocabulary.Column.NAME;
                        continue;
                    }
                    String key = PdfTextReader.key(parts[p]);
                    heading = key.length() >= 2 && key.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
                    lineCuts.add(new int[] {k - i, p});
                }
                if (!heading) {
                    break;
                }
                several |= parts.length >= 2 || !f.starts() || !f.ends();
                run.add(parts);
                cuts.addAll(lineCuts);
            }
            if (!several || !levels || cuts.isEmpty() || k + cuts.size() > in.size()) {
                continue;
            }
            boolean all = true;
            for (int m = 0; m < cuts.size() && all; m++) {
                Frag t = in.get(k + m);
                String tail = PdfTextReader.key(t.text());
                int[] c = cuts.get(m);
                all = t.starts() && t.ends() && tail.length() >= 1 && tail.length() <= 2
                        && Vocabulary.column(PdfTextReader.key(run.get(c[0])[c[1]]) + tail) != null
                        && Vocabulary.column(tail) == null;
            }
            if (!all) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>();
            }
            out.addAll(in.subList(mark, i));
            for (int m = 0; m < cuts.size(); m++) {
                int[] c = cuts.get(m);
                run.get(c[0])[c[1]] = PdfTextReader.key(run.get(c[0])[c[1]]) + PdfTextReader.key(in.get(k + m).text());
            }
            for (int r = 0; r < run.size(); r++) {
                Frag f = in.get(i + r);
                out.add(new Frag(String.join(" ", run.get(r)), f.line(), f.block(), f.starts(), f.ends()));
            }
            i = k + cuts.size() - 1;
            mark = i + 1;
        }
        if (out == null) {
            return in;
        }
        out.addAll(in.subList(mark, in.size()));
        return out;
    }

    @Test
    void theOnePassReadsAsTheRunFromEveryStart() {
        String[] words = {"一级指标", "二级指标", "三级指标", "指标名称", "指标值", "指标性", "度量单", "权重", "指标方向", "年度指标",
            "实际完成", "分值", "产出指标", "数量指标", "甲乙", "绩效指标", "指标内", "评分标", "一级指", "三级指"};
        String[] tails = {"质", "位", "性", "值", "甲", "容", "准", "标", "100", "ab", "指标"};
        Random random = new Random(350013);
        int joined = 0;
        for (int round = 0; round < 20_000; round++) {
            List<Frag> in = new ArrayList<>();
            int n = random.nextInt(16);
            for (int i = 0; i < n; i++) {
                String text;
                if (random.nextInt(3) == 0) {
                    text = tails[random.nextInt(tails.length)];
                } else {
                    int parts = 1 + random.nextInt(3);
                    StringBuilder b = new StringBuilder();
                    for (int p = 0; p < parts; p++) {
                        b.append(p == 0 ? "" : random.nextBoolean() ? " " : "  ").append(words[random.nextInt(words.length)]);
                    }
                    text = b.toString();
                }
                in.add(new Frag(text, i + 1, i / 4, random.nextInt(8) != 0, random.nextInt(8) != 0));
            }
            List<Frag> before = joinAsBefore(in);
            List<Frag> now = PdfTextCutHeadings.join(in);
            if (before == in) {
                assertSame(in, now, in::toString);
            } else {
                joined++;
                assertEquals(before, now, in::toString);
            }
        }
        // the rounds reach the join itself, not only its refusals
        org.junit.jupiter.api.Assertions.assertTrue(joined > 200, "joined " + joined);
    }
}
