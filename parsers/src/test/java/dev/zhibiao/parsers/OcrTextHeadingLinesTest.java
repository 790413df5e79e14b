package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Sheet;
import dev.zhibiao.read.Format;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Plain OCR text whose indicator heading the engine printed over lines of their own or misread, and
 * the labels of the rows under it (session 33, ocrtxt35): a heading over two or three lines of heading
 * words, {@code 三级指标 | 指标什} as a heading row, words naming no category right above a category
 * label, a lone 成本指标 read by content as a level-2 group's label.
 */
class OcrTextHeadingLinesTest {
    private static Sheet read(String... lines) throws Exception {
        String page = String.join("\n", lines) + "\n\f";
        List<Sheet> sheets = Readers.read(page, "scan.txt", Format.OCR_TEXT, dev.zhibiao.read.Limits.defaults());
        assertEquals(1, sheets.size(), sheets.toString());
        return sheets.get(0);
    }

    private static List<String> rows(Sheet s) {
        return s.indicators().stream().map(i -> i.level2() + "|" + i.name() + "|" + i.value()).toList();
    }

    private static final String[] HEAD = {"省级对市县专项转移支付整体绩效目标表", "", "(2019 年度 )",
        "项目名称     城乡居民医疗保险补助资金", "市(县)名称     长春市", "年度目标 |目标1: 巩固参保率。", "目标2: 稳步提高保障水平。"};

    private static String[] page(String... table) {
        String[] all = java.util.Arrays.copyOf(HEAD, HEAD.length + table.length);
        System.arraycopy(table, 0, all, HEAD.length, table.length);
        return all;
    }

    @Test
    void aHeadingPrintedOverThreeLinesOfHeadingWords() throws Exception {
        Sheet s = read(page("", "绩效指标", "", "人     二级指标                     三级指标", "", "指标值", "",
                "数量指标        指标1: 各级财政实际补助标准(元) | >520元", "",
                "指标1: 重复参保人数(人)     0", "质量指标        指标2: 虚报参保人数(人)      0",
                "满意度 |服务对象满意度", "指标 1: 参保对象满意度(%)      >90%"));
        assertEquals(List.of("数量指标|各级财政实际补助标准(元)|≥520元", "质量指标|重复参保人数(人)|0",
                "质量指标|虚报参保人数(人)|0", "服务对象满意度指标|参保对象满意度(%)|≥90%"), rows(s));
        assertEquals(List.of("巩固参保率。", "稳步提高保障水平。"), s.goals());
        assertTrue(s.diagnostics().stream().anyMatch(d -> d.code().equals("heading-partial")
                && d.message().contains("printed one under another")), s.diagnostics().toString());
    }

    @Test
    void aLineOfGoalsOrOfAnIndicatorIsNoPartOfAHeadingRun() throws Exception {
        // 二级指标 三级指标 / a goal's line / 指标值: the run stops at the goal's words, so no heading is made of it
        Sheet s = read(page("人     二级指标                     三级指标", "目标3: 实现基金收支平衡。", "指标值",
                "产出指标 | 数量指标 | 指标1: 参保人数(人) | >40万人"));
        assertTrue(s.diagnostics().stream().noneMatch(d -> d.message().contains("printed one under another")),
                s.diagnostics().toString());
    }

    @Test
    void aNameHeadingWithItsValueHeadingMisreadIsAHeadingRow() throws Exception {
        Sheet s = read(page("林娄指标 。 | ”外报 | 。 二民折本       三级指标          指标什",
                "数量指标    指标1: 参保人数(人) | >40万人",
                "指标2: 各级财政实际补助标准(元) | 520元",
                "满意度 |服务对象满意度", "指标 1: 参保对象满意度(%)      >90%"));
        assertEquals(List.of("数量指标|参保人数(人)|≥40万人", "数量指标|各级财政实际补助标准(元)|520元",
                "服务对象满意度指标|参保对象满意度(%)|≥90%"), rows(s));
        assertEquals(List.of("巩固参保率。", "稳步提高保障水平。"), s.goals());
        assertTrue(s.diagnostics().stream().anyMatch(d -> d.message().contains("\"指标什\" repaired to \"指标值\"")),
                s.diagnostics().toString());
    }

    @Test
    void wordsNamingNoCategoryAboveACategoryLabelAndALoneCostLabel() throws Exception {
        Sheet s = read(page("一级指标 | 二级指标        三级指标                指标值",
                "沁         指标1: 参保人数(人) |>40万人",
                "引标    3              成年人>270 元; 大中小学生、",
                "数量指标    指标2: 各级财政实际补助标准(元) | 520元",
                "指标1: 重复参保人数(人)     0",
                "指标2: 虚报参保人数(人)      0",
                "指标1: 2019年12月31日前中央财政补助资金到位率   100%",
                "“玫标| 指标2: 2019年12月31日前省级财政补助资金到位率   100%",
                "成本指标|指标 1: 中央财政补助资金人均补助标准|312元",
                "指标2: 省级财政补助资金人均补助标准| 124.8元",
                "满意度 |服务对象满意度", "指标 1: 参保对象满意度(%)      >90%"));
        List<String> level2 = s.indicators().stream().map(i -> i.level2()).toList();
        // 引标 is the first line of 数量指标's merged cell, misread; the two groups whose numbering starts over
        // between 数量指标 and the lone 成本指标 are the framework's two between them
        assertEquals(List.of("数量指标", "数量指标", "质量指标", "质量指标", "时效指标", "时效指标", "成本指标", "成本指标",
                "服务对象满意度指标"), level2, rows(s).toString());
        assertTrue(s.remnants().contains("引标"), s.remnants().toString());
    }
}
