package dev.zhibiao.parsers.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.zhibiao.internal.layout.Cell;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An unruled table's rows are told apart by where their lines are printed, not by how tall the engine boxed them: an
 * engine line whose boxes mostly stand over two printed lines is measured as one line of the page's type about its
 * centre ({@link Line#printTop}), so it does not reach up into the table row above it.
 */
class TallLineRowsTest {

    private static OcrWord word(String text, float left, float top, float width, float height, float conf, int line) {
        return new OcrWord(new Glyph(text, left, top, width, height, height, conf), 1, line);
    }

    /**
     * ocr-box36t-scan-200 h4_002_unruled.tsv p1, the engine's lines 11 to 15 as it printed them: the rows 数量指标 …
     * 满意度指标, the last one's boxes mostly 43 px high beside 26 px type.
     */
    private static List<OcrWord> rows() {
        List<OcrWord> w = new ArrayList<>();
        w.add(word("数量", 520, 715, 53, 25, 86, 11));
        w.add(word("指标", 585, 714, 43, 26, 96, 11));
        w.add(word("补助", 821, 710, 66, 26, 96, 11));
        w.add(word("对", 888, 710, 14, 25, 93, 11));
        w.add(word("象", 916, 709, 30, 26, 93, 11));
        w.add(word("范围", 961, 709, 41, 25, 96, 11));
        w.add(word("人", 1016, 710, 6, 22, 96, 11));
        w.add(word("次", 1022, 708, 31, 25, 96, 11));
        w.add(word("规模", 1055, 707, 41, 26, 96, 11));
        w.add(word("按", 1295, 704, 25, 26, 92, 11));
        w.add(word("文件", 1334, 703, 42, 26, 96, 11));
        w.add(word("完成", 1379, 701, 163, 27, 96, 11));
        w.add(word("补助", 1449, 697, 55, 41, 89, 11));
        w.add(word("人", 1503, 697, 22, 41, 96, 11));
        w.add(word("次", 1524, 697, 21, 41, 96, 11));
        w.add(word("绩效", 115, 768, 65, 26, 96, 12));
        w.add(word("指标", 181, 768, 42, 25, 96, 12));
        w.add(word("产", 360, 766, 24, 24, 93, 12));
        w.add(word("出", 397, 765, 15, 25, 91, 12));
        w.add(word("指标", 425, 758, 57, 41, 73, 12));
        w.add(word("”质量", 499, 758, 74, 41, 71, 12));
        w.add(word("指标", 586, 762, 43, 26, 96, 12));
        w.add(word("补助", 822, 758, 66, 26, 96, 12));
        w.add(word("对", 888, 757, 30, 26, 93, 12));
        w.add(word("象", 933, 759, 13, 22, 93, 12));
        w.add(word("政策", 946, 757, 40, 25, 96, 12));
        w.add(word("内", 996, 756, 16, 26, 96, 12));
        w.add(word("住院", 1025, 756, 45, 26, 96, 12));
        w.add(word("报销", 1080, 755, 59, 26, 96, 12));
        w.add(word("比例", 1140, 754, 40, 26, 96, 12));
        w.add(word("按", 1295, 752, 40, 26, 92, 12));
        w.add(word("规定", 1336, 752, 40, 25, 93, 12));
        w.add(word("实", 1388, 751, 16, 25, 93, 12));
        w.add(word("报", 1416, 751, 16, 25, 93, 12));
        w.add(word("实", 1443, 750, 16, 25, 93, 12));
        w.add(word("销", 1471, 750, 16, 25, 92, 12));
        w.add(word("时", 521, 811, 25, 25, 93, 13));
        w.add(word("效", 554, 810, 32, 26, 93, 13));
        w.add(word("指标", 587, 810, 42, 25, 95, 13));
        w.add(word("当年", 824, 806, 51, 26, 96, 13));
        w.add(word("各", 888, 806, 14, 25, 96, 13));
        w.add(word("级", 914, 806, 31, 25, 96, 13));
        w.add(word("财政", 946, 805, 55, 25, 96, 13));
        w.add(word("补助", 1004, 804, 55, 26, 96, 13));
        w.add(word("资金", 1073, 804, 39, 24, 96, 13));
        w.add(word("到", 1116, 803, 20, 25, 96, 13));
        w.add(word("位", 1137, 803, 16, 24, 92, 13));
        w.add(word("率", 1163, 802, 18, 26, 93, 13));
        w.add(word("100%", 1298, 802, 65, 21, 91, 13));
        w.add(word("效益", 361, 861, 54, 25, 96, 14));
        w.add(word("指标", 428, 853, 58, 41, 61, 14));
        w.add(word("”社会", 500, 853, 91, 41, 51, 14));
        w.add(word("效益", 590, 853, 40, 41, 96, 14));
        w.add(word("指标", 644, 857, 41, 26, 96, 14));
        w.add(word("补助", 823, 854, 66, 26, 96, 14));
        w.add(word("对", 890, 854, 14, 25, 93, 14));
        w.add(word("象", 918, 853, 30, 26, 93, 14));
        w.add(word("医疗", 962, 846, 39, 41, 90, 14));
        w.add(word("费用", 1000, 852, 41, 26, 96, 14));
        w.add(word("负担", 1052, 851, 54, 26, 96, 14));
        w.add(word("减轻", 1113, 851, 41, 25, 96, 14));
        w.add(word("程度", 1167, 850, 42, 26, 96, 14));
        w.add(word("有", 1298, 848, 24, 26, 92, 14));
        w.add(word("效", 1329, 848, 38, 25, 88, 14));
        w.add(word("缓解", 1380, 843, 29, 40, 95, 14));
        w.add(word("满意", 362, 908, 136, 27, 93, 15));
        w.add(word("度", 427, 897, 31, 43, 92, 15));
        w.add(word("指标", 457, 908, 41, 27, 96, 15));
        w.add(word("“服务", 522, 904, 247, 28, 39, 15));
        w.add(word("对", 589, 897, 27, 43, 93, 15));
        w.add(word("象", 615, 897, 31, 43, 92, 15));
        w.add(word("满", 645, 897, 28, 43, 92, 15));
        w.add(word("意", 672, 897, 28, 43, 93, 15));
        w.add(word("度", 699, 897, 30, 43, 92, 15));
        w.add(word("指标", 728, 897, 55, 43, 66, 15));
        w.add(word("”工作", 801, 897, 76, 43, 48, 15));
        w.add(word("满意", 890, 901, 42, 27, 93, 15));
        w.add(word("度", 943, 901, 17, 25, 90, 15));
        w.add(word(">85%", 1298, 898, 66, 21, 89, 15));
        return w;
    }

    private static List<List<String>> cells(List<Placed> placed) {
        List<List<String>> out = new ArrayList<>();
        for (Placed p : placed) {
            List<String> row = new ArrayList<>();
            for (Cell c : p.row().cells()) {
                if (!c.text().isBlank()) {
                    row.add(c.text().replace(" ", ""));
                }
            }
            out.add(row);
        }
        return out;
    }

    @Test
    void aLineBoxedTallerThanItsTypeIsARowOfItsOwn() {
        List<List<String>> rows = cells(OcrLayout.page(rows(), 1));
        List<String> effect = null;
        List<String> satisfaction = null;
        for (List<String> r : rows) {
            String all = String.join("|", r);
            if (all.contains("负担减轻程度")) {
                effect = r;
            }
            if (all.contains("工作满意度")) {
                satisfaction = r;
            }
        }
        // with the line measured by its boxes the two rows were one band: 效益指标社会效益指标 补助…程度满意度指标“服务对象…工作满意度
        // | 有效缓解≥85%
        assertFalse(effect == satisfaction, rows.toString());
        assertEquals("有效缓解", effect.get(effect.size() - 1), rows.toString());
        assertEquals(">85%", satisfaction.get(satisfaction.size() - 1), rows.toString());
        assertFalse(String.join("|", effect).contains("满意"), rows.toString());
    }
}
