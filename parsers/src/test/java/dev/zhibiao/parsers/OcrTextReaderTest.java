package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Sheet;
import dev.zhibiao.internal.layout.Cell;
import dev.zhibiao.internal.layout.Document;
import dev.zhibiao.internal.layout.Row;
import dev.zhibiao.read.Format;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tesseract's plain text: detected from its content, cut at gaps and rules, read into sheets. */
class OcrTextReaderTest {
    private static final String PAGE = String.join("\n",
            "项目支出绩效目标表",
            "",
            "(2023 年度)",
            "项目名称            城镇职工和城乡居民长期护理保险县级财政配套金",
            "主管部门及代码      弋阳县医疗保障局 实施单位           弋阳县医疗保障服务中心",
            "年度资金总额 :            1907400",
            "一级指标“| 二级指标        三级指标                间标值",
            "成本指标“| 经济成本指标     县级财政对长护的补助        补助到位",
            "产出指    数量指标 |全面参保人数                 >95%",
            "标        质量指标 “|重症失能人员纳入率     二85%",
            "满意度指 | 服务对象满意度指标 | 政策知晓率              >95%",
            "\f");

    @Test
    void detectedFromItsRulesAndGaps() {
        assertEquals(Format.OCR_TEXT, Detector.detect(PAGE, "scan.txt"));
        // the same text without rules read as bars is space-aligned text, not OCR output
        assertNotEquals(Format.OCR_TEXT, Detector.detect(PAGE.replace("“|", " ").replace("|", " "), "scan.txt"));
        assertEquals(Format.OCR_TEXT, Format.of("ocr"));
        assertEquals(Format.OCR_TEXT, Format.of("ocr-text"));
    }

    @Test
    void detectedFromItsRulesWhenNoiseBrokeTheGaps() {
        // a scan-like page: the gaps come out as single spaces, blank lines between blocks, bars on a fifth of the lines
        String page = String.join("\n",
                "项目支出绩效目标表", "", "(2023 年度 )", "项目名称 城镇职工和城乡居民长期护理保险县级财政配套金", "",
                "主管部门及代码 弋阳县医疗保障局", "实施单位 弋阳县医疗保障服务中心", "年度资金总额: 1907400", "",
                "其中: 财政拨款 1907400", "一级指标 二级指标 三级指标 指标值", "",
                "成本指标 |经济成本指标 | 县级财政对长护的补助 补助到位", "数量指标 全面参保人数 >95%", "",
                "产出指 质量指标 “|重症失能人员纳入率 二85%", "标", "满意度指 | 服务对象满意度指标 政策知晓率 >95%",
                "时效指标 资金到位率 100%", "", "\f");
        assertEquals(Format.OCR_TEXT, Detector.detect(page, "scan.txt"));
        // two bars in twenty lines: not enough to say
        String fewer = page.replace("成本指标 |经济成本指标 | 县级", "成本指标 经济成本指标 县级");
        assertNotEquals(Format.OCR_TEXT, Detector.detect(fewer, "scan.txt"));
    }

    @Test
    void piecesAreCutAtGapsAndRules() {
        List<Cell> cells = OcrTextReader.pieces("成本指标“|经济成本指标     县级财政对长护的 补助 [ ”|补助到位", 7, 2);
        assertEquals(List.of("成本指标", "经济成本指标", "县级财政对长护的 补助", "补助到位"), cells.stream().map(Cell::text).toList());
        assertEquals(7, cells.get(0).at().line());
        assertEquals(2, cells.get(0).at().page());
        assertTrue(cells.get(0).ocr());
        assertTrue(cells.get(0).confidence().isNaN());
    }

    @Test
    void readsTheSheet() throws Exception {
        Document doc = Readers.document(PAGE, "scan.txt", Format.AUTO);
        for (Row r : doc.rows()) {
            for (Cell c : r.cells()) {
                assertTrue(!c.text().contains("|"), c.text());
            }
        }
        List<Sheet> sheets = Readers.read(PAGE, "scan.txt", Format.AUTO, dev.zhibiao.read.Limits.defaults());
        assertEquals(1, sheets.size());
        Sheet s = sheets.get(0);
        assertEquals(4, s.indicators().size(), s.toString());
        assertEquals("产出指标", s.indicators().get(1).level1());
        assertEquals("≥95%", s.indicators().get(1).value());
        assertEquals("≥85%", s.indicators().get(2).value());
        assertEquals("满意度指标", s.indicators().get(3).level1());
        assertTrue(s.diagnostics().stream().anyMatch(d -> d.code().equals("ocr-repaired")));
    }

    /** A numbered sheet printed line by line: names wrapped, a mark between cells, labels at their groups' middles. */
    private static final String NUMBERED = String.join("\n",
            "项目支出绩效目标表",
            "(2023 年度)",
            "项目名称            城乡居民医疗保险补助资金",
            "一级指标 | 二级指标             三级指标                   指标值",
            "产出指标             指标 1: 参保人数(人)             >299.68 万人",
            "数量指标       指标2: 各级财政实际补助标准(元) |>520元",
            "指标3: 财政补助与个人缴费比值    2",
            "指标1: 以户籍人口数为基数计算的基本",
            "医保综合参保率(%)                    > 100%",
            "指标2: 重复参保人数(人)          0",
            "质量指标     指标3: 虚报参保人数(人)          0",
            "指标4: 参保人住院费用实际报销比例“|> 52.8%",
            "民      指标5: 基金滚存结余可支配月数(月) “| 6-9 个月",
            "指标6: 开展门诊统筹",
            "\f");

    @Test
    void printedLinesAreJoinedAndLabelsCentred() throws Exception {
        Document doc = Readers.document(NUMBERED, "scan.txt", Format.AUTO);
        assertTrue(doc.printedLines());
        Sheet s = Readers.read(NUMBERED, "scan.txt", Format.AUTO, dev.zhibiao.read.Limits.defaults()).get(0);
        List<String> rows = s.indicators().stream().map(i -> i.level2() + "|" + i.name() + "|" + i.value()).toList();
        assertEquals(List.of("数量指标|参保人数(人)|≥299.68万人", "数量指标|各级财政实际补助标准(元)|≥520元",
                "数量指标|财政补助与个人缴费比值|2", "质量指标|以户籍人口数为基数计算的基本医保综合参保率(%)|≥100%",
                "质量指标|重复参保人数(人)|0", "质量指标|虚报参保人数(人)|0", "质量指标|参保人住院费用实际报销比例|≥52.8%",
                "质量指标|基金滚存结余可支配月数(月)|6-9 个月", "质量指标|开展门诊统筹|null"), rows);
        assertTrue(s.remnants().contains("民"), s.remnants().toString());
        assertTrue(s.diagnostics().stream().anyMatch(d -> d.code().equals("label-moved") && d.message().contains("质量指标")));
        assertTrue(s.diagnostics().stream().anyMatch(d -> d.code().equals("cell-joined") && d.message().contains("医保综合参保率")));
    }

    /** Tesseract's text of an unruled page (no rules read as bars): space-aligned, with the engine's marks. */
    private static final String UNRULED = String.join("\n",
            "项目支出绩效目标表",
            "(2023 年度 )",
            "项目名称       城镇职工和城乡居民长期护理保险县级财政配套金",
            "主管部门及代码      弋阳县医疗保障局      “实施单位           弋阳县医疗保障服务中心",
            "年度资金总额:      1907400",
            "资金情况 (万 其中: 财政拨款      1907400",
            "一级指标 二级指标    三级指标        指标什",
            "成本指标 ”经济成本指标   县级财政对长护的补助    补助到位",
            "产出指标 数量指标    城镇职工困难企业和城乡居民医保人数 全面参保",
            "效益指标 社会效益指标   提高长护人员护理水平    逐步提高",
            "满意度指标 ”服务对象满意度指标  政策知晓率         >95%",
            "");

    @Test
    void anUnruledPageOfOcrTextIsSpacedTextReadByAnEngine() throws Exception {
        assertTrue(OcrTextReader.printedByOcr(UNRULED));
        Document doc = Readers.document(UNRULED, "scan.txt", Format.AUTO);
        assertTrue(doc.rows().stream().flatMap(r -> r.cells().stream()).allMatch(Cell::ocr));
        Sheet s = Readers.read(UNRULED, "scan.txt", Format.AUTO, dev.zhibiao.read.Limits.defaults()).get(0);
        List<String> rows = s.indicators().stream().map(i -> i.level2() + "|" + i.name() + "|" + i.value()).toList();
        // the misread heading 指标什 is 指标值 again: the values are read
        assertTrue(rows.contains("经济成本指标|县级财政对长护的补助|补助到位"), rows.toString());
        assertTrue(rows.contains("社会效益指标|提高长护人员护理水平|逐步提高"), rows.toString());
        // typed text without the engine's marks is not marked as OCR'd
        String typed = UNRULED.replace("(2023 年度 )", "(2023年度)").replace("”", "").replace("“", "");
        assertTrue(!OcrTextReader.printedByOcr(typed));
        assertTrue(Readers.document(typed, "scan.txt", Format.AUTO).rows().stream().flatMap(r -> r.cells().stream())
                .noneMatch(Cell::ocr));
    }

    /**
     * Tesseract's text of an unruled page it printed column by column: the level labels, then the
     * names under 三级指标 (one wrapped at the column's width), then the values under 指标值 and the
     * engine's next block after them.
     */
    private static final String BY_COLUMNS = String.join("\n",
            "项目支出绩效目标表", "", "(2023 年度 )", "项目名称", "主管部门及代码", "",
            "城乡医疗救助县级财政补助资金", "", "一级指标 | 二级指标", "", "成本指标 | 社会成本指标", "", "数量指标", "",
            "产出指标 | 质量指标", "", "时效指标", "", "效益指标 | 社会效益指标", "", "满意度指", "", "服务对象满意度指", "标", "",
            "标", "", "实施单位", "", "24480000", "", "三级指标", "", "对健全医疗保障制度体系的影响", "", "医疗救助对象人次规模", "",
            "重点救助对象自负费用年度限额内", "", "住院救助比例", "", "城市内一站式即时结算覆盖地区", "", "困难群众看病就医方便程度", "",
            "政策知晓率", "", "飞阳县医疗保障服务中心", "", "指标值", "", "成效明显", "", "按规定纳入救助范围", "", ">70%", "",
            "不低于上年", "", "明显提高", "", ">80%", "", "全面开展长期护理后", "");

    @Test
    void aTablePrintedColumnByColumnIsPairedBackByOrder() throws Exception {
        assertEquals(Format.OCR_TEXT, Detector.detect(BY_COLUMNS, "scan.txt"));
        Sheet s = Readers.read(BY_COLUMNS, "scan.txt", Format.AUTO, dev.zhibiao.read.Limits.defaults()).get(0);
        List<String> rows = s.indicators().stream().map(i -> i.level1() + "|" + i.level2() + "|" + i.name() + "|" + i.value()).toList();
        assertEquals(List.of("成本指标|社会成本指标|对健全医疗保障制度体系的影响|成效明显", "产出指标|数量指标|医疗救助对象人次规模|按规定纳入救助范围",
                "产出指标|质量指标|重点救助对象自负费用年度限额内住院救助比例|≥70%", "产出指标|时效指标|城市内一站式即时结算覆盖地区|不低于上年",
                "效益指标|社会效益指标|困难群众看病就医方便程度|明显提高", "满意度指标|服务对象满意度指标|政策知晓率|≥80%"), rows);
        assertTrue(s.diagnostics().stream().anyMatch(d -> d.code().equals("ocr-repaired") && d.message().contains("column by column")));
        assertTrue(s.diagnostics().stream().anyMatch(d -> d.code().equals("cell-joined") && d.message().contains("住院救助比例")));
        // the engine's next block after the values is not taken as a row
        assertTrue(s.remnants().stream().anyMatch(r -> r.contains("全面开展长期护理后")), s.remnants().toString());
        // one value fewer than the labels: nothing pairs a name with its value, nothing is paired
        String fewer = BY_COLUMNS.replace("\"不低于上年\", \"\", ", "").replace("不低于上年\n", "");
        assertTrue(!OcrTextReader.printedByColumns(fewer.replace("全面开展长期护理后", "")));
        // a template whose level 1 prints 效果指标 where the vocabulary names 效益指标: the page's label
        Sheet e = Readers.read(BY_COLUMNS.replace("效益指标 | 社会效益指标", "效果指标 | 社会效益指标"), "scan.txt", Format.AUTO,
                dev.zhibiao.read.Limits.defaults()).get(0);
        assertEquals("效果指标", e.indicators().get(4).level1());
        assertEquals("产出指标", e.indicators().get(1).level1());
    }
}
