package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.zhibiao.parsers.PdfTextReader.Frag;
import java.util.List;
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
}
