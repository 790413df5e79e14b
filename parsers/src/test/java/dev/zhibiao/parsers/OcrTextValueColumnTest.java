package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Sheet;
import dev.zhibiao.read.Format;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Plain OCR text of an unruled page whose value column the engine printed apart from the rows
 * (session 34, ocrtxt36): the heading prints 一级指标 二级指标 三级指标 and no value heading, and
 * 指标值 stands alone on a line of its own with the column's values under it, after the tables or
 * before them. Detected as OCR text (not space-aligned text) and paired back by order.
 */
class OcrTextValueColumnTest {
    private static List<Sheet> read(String... lines) throws Exception {
        String page = String.join("\n", lines) + "\n";
        assertEquals(Format.OCR_TEXT, Detector.detect(page, "scan.txt"));
        return Readers.read(page, "scan.txt", Format.AUTO, dev.zhibiao.read.Limits.defaults());
    }

    private static List<String> rows(Sheet s) {
        return s.indicators().stream().map(i -> i.level1() + "|" + i.level2() + "|" + i.name() + "|" + i.value()).toList();
    }

    private static String[] sheet(String project, String name1, String name2, String name3) {
        return new String[] {"项目支出绩效目标表", "", "(2023年度)", "", "项目名称           " + project,
            "主管部门及代码        610-飞阳县医疗保障局”实施单位", "年度资金总额:                                      2116000",
            "年度目标     补助对象医药费按规定实报实销", "一级指标 ”二级指标       三级指标",
            "成本指标 ”社会成本指标     " + name1, "数量指标       " + name2, "",
            "满意度指标 “服务对象满意度指标 ”" + name3, ""};
    }

    private static String[] join(String[]... parts) {
        return java.util.Arrays.stream(parts).flatMap(java.util.Arrays::stream).toArray(String[]::new);
    }

    @Test
    void theValueColumnsOfTwoSheetsPrintedAfterBothTables() throws Exception {
        List<Sheet> sheets = read(join(sheet("离休伤残人员县级财政补助资金", "对离休干部和建老人员医疗待遇保障", "补助对象范围人次规模", "工作满意度"),
                sheet("城镇职工和城乡居民长期护理保险县级财政配套金", "县级财政对长护的补助", "城镇职工困难企业和城乡居民医保人数", "政策知晓率"),
                new String[] {"飞阳县医疗保障服务中心", "", "指标值", "", "成效明显", "", "按文件完成补助人次", ">85%", "",
                    "飞阳县医疗保障服务中心", "", "指标值", "", "补助到位", "", "全面参保", "", ">95%"}));
        assertEquals(2, sheets.size(), sheets.toString());
        assertEquals(List.of("成本指标|社会成本指标|对离休干部和建老人员医疗待遇保障|成效明显", "产出指标|数量指标|补助对象范围人次规模|按文件完成补助人次",
                "满意度指标|服务对象满意度指标|工作满意度|≥85%"), rows(sheets.get(0)));
        assertEquals(List.of("成本指标|社会成本指标|县级财政对长护的补助|补助到位", "产出指标|数量指标|城镇职工困难企业和城乡居民医保人数|全面参保",
                "满意度指标|服务对象满意度指标|政策知晓率|≥95%"), rows(sheets.get(1)).stream().map(r -> r.replace("政策知晓率飞阳县医疗保障服务中心", "政策知晓率")).toList());
        for (Sheet s : sheets) {
            assertTrue(s.diagnostics().stream().anyMatch(d -> d.code().equals("ocr-repaired")
                    && d.message().contains("value column printed apart")), s.diagnostics().toString());
        }
    }

    @Test
    void aValueColumnPrintedBeforeItsTable() throws Exception {
        List<Sheet> sheets = read(join(new String[] {"飞阳县医疗保障服务中", "心", "", "指标值", "成效明显", "", "按文件完成补助人次",
            "有效缓解", "", "飞阳县医疗保障服务中", "心"},
                sheet("离休伤残人员县级财政补助资金", "对离休干部和建老人员医疗待遇保障", "补助对象范围人次规模", "工作满意度")));
        assertEquals(1, sheets.size(), sheets.toString());
        assertEquals(List.of("成本指标|社会成本指标|对离休干部和建老人员医疗待遇保障|成效明显", "产出指标|数量指标|补助对象范围人次规模|按文件完成补助人次",
                "满意度指标|服务对象满意度指标|工作满意度|有效缓解"), rows(sheets.get(0)));
    }

    @Test
    void aBlockWithFewerValuesThanRowsPairsNothing() throws Exception {
        String[] page = join(sheet("离休伤残人员县级财政补助资金", "对离休干部和建老人员医疗待遇保障", "补助对象范围人次规模", "工作满意度"),
                new String[] {"指标值", "", "成效明显", "", "按文件完成补助人次"});
        String text = String.join("\n", page) + "\n";
        assertTrue(!OcrTextReader.valueColumnApart(text));
        assertTrue(Detector.detect(text, "scan.txt") != Format.OCR_TEXT || Readers.read(text, "scan.txt", Format.AUTO,
                dev.zhibiao.read.Limits.defaults()).stream().flatMap(s -> s.diagnostics().stream())
                .noneMatch(d -> d.message().contains("value column printed apart")));
    }
}
