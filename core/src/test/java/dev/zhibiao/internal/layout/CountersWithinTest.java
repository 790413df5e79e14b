package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link CountersWithin}: a page's worded counter printed among its table's cells (plain34, issue 17). */
class CountersWithinTest {

    private static List<Integer> marked(String text) {
        boolean[] f = PageFurniture.lines(text.split("\n", -1));
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < f.length; i++) {
            if (f[i]) {
                out.add(i + 1);
            }
        }
        return out;
    }

    /** Four pages; page 3's counter printed after its first cells, its foot a table cell. */
    private static String pages(String third) {
        return "项目支出绩效目标表\n\n项目名称\n\n某项目\n\n- 1 -\n"
                + "\f一级指标\n\n二级指标\n\n产出指标\n\n- 2 -\n"
                + "\f数量指标\n\n质量指标\n\n" + third + "\n\n参保人数\n\n≥5万人\n\n综合参保率\n\n≥95%\n"
                + "\f满意度指标\n\n服务对象满意度指标\n\n- 4 -\n";
    }

    @Test
    void theCounterOfItsOwnPageInsideThePageIsFurniture() {
        // lines 7, 14 and 32 at their pages' feet; line 19 (- 3 -) inside page 3, whose ends print no counter
        assertEquals(List.of(7, 14, 19, 32), marked(pages("- 3 -")));
    }

    @Test
    void countersSpacedDifferentlyAreOneForm() {
        // a print gives -1- … -9- but - 10 -: the pages' counters are one form, spaces aside
        String text = "项目支出绩效目标表\n\n项目名称\n\n某项目\n\n-1-\n"
                + "\f一级指标\n\n二级指标\n\n产出指标\n\n- 2 -\n"
                + "\f数量指标\n\n质量指标\n\n-3-\n\n参保人数\n\n≥5万人\n\n综合参保率\n\n≥95%\n"
                + "\f满意度指标\n\n服务对象满意度指标\n\n- 4 -\n";
        assertEquals(List.of(7, 14, 19, 32), marked(text));
    }

    @Test
    void anotherNumberInsideThePageStays() {
        // - 5 - is not page 3's number: no counter of this document's pages
        assertEquals(List.of(7, 14, 32), marked(pages("- 5 -")));
    }

    @Test
    void withoutCountersAtOtherPagesEndsNothingIsMarked() {
        String text = "项目支出绩效目标表\n\n产出指标\n\n- 1 -\n\n数量指标\n\n≥5万人\n\f质量指标\n\n≥95%\n\f满意度指标\n\n≥90%\n";
        // one page's counter only (line 5, inside its page): no two pages give the offset
        assertEquals(List.of(), marked(text));
    }
}
