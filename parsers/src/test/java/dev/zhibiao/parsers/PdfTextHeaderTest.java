package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Sheet;
import dev.zhibiao.internal.layout.Cell;
import dev.zhibiao.internal.layout.Document;
import dev.zhibiao.internal.layout.Row;
import dev.zhibiao.read.Format;
import dev.zhibiao.read.Limits;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The header block of a pdftotext flow page ({@link PdfTextHeader}, {@link PdfTextPage}). */
class PdfTextHeaderTest {

    /**
     * A target sheet printed by merged cells in pdftotext's block order (a generated disclosure's page): the labels
     * before the heading, names, then values, and a wrapped name's last line (城市内一站式即时结算覆盖 / 地区)
     * printed apart after the values, at the top of the next page, followed by the labels of later rows (效益指标, 服务对象满意 / 度指标). 地区 is
     * also a header label (the region), but below the indicator heading it is a cell of the table.
     */
    static final String PAGE = String.join("\n",
            "财政项目支出绩效目标申报表", "（2023 年度）", "", "项目名称", "", "城乡医疗救助县级财政补助资金", "", "主管部门及", "", "[652]南岳县自",
            "", "代码", "", "然资源局", "", "项目属性", "", "一次性项目", "", "实施单位", "", "南岳县自然资源事务中心", "", "项目期", "", "2年", "244,800,000,000.00",
            "", "项目资金总额", "年度资金申请总", "项目资金", "（元）", "", "244,800,000,000.00", "", "额", "其中：当年财政", "", "220,320,000,000.00",
            "", "拨款", "", "24,480,000,000.00", "", "上年结转资金", "项目总目标", "", "总体目标", "", "年度总体目标", "", "1、确保困难群众医保有所保障",
            "2、建立健全长效机制，巩固项目", "", "1、确保困难群众医保有所保障", "", "实施成效。", "绩效指标", "", "一级指标", "", "二级指标", "", "成本指标",
            "", "社会成本指标", "", "产出指标", "", "数量指标", "", "质量指标", "", "时效指标", "", "三级指标", "对健全医疗保障制度体系的", "影响", "", "医疗救助对象人次规模",
            "", "重点救助对象自负费用年度", "限额内住院救助比例", "城市内一站式即时结算覆盖", "", "指标值", "", "成效明显", "", "符合救助条件的对象按规",
            "定纳入救助范围", "", "≥70.00(%)", "", "不低于上年", "", "\f地区", "效益指标", "", "满意度指标", "", "社会效益指标", "服务对象满意",
            "度指标", "", "困难群众看病就医方便程度", "", "明显提高", "", "政策知晓率", "", "≥80.00(%)", "", "");

    @Test
    void aLabelWordBelowTheIndicatorHeadingIsNoHeaderLabel() throws Exception {
        Document d = PdfTextReader.read(PAGE, "d.txt");
        for (Row r : d.rows()) {
            List<String> cells = r.cells().stream().map(Cell::text).toList();
            assertTrue(!(cells.size() >= 2 && cells.get(0).equals("地区")), "地区 read as a header label: " + cells);
        }
        List<Sheet> sheets = Readers.read(PAGE, "d.txt", Format.PDFTOTEXT, Limits.defaults());
        assertEquals(1, sheets.size());
        Sheet s = sheets.get(0);
        assertNull(s.region(), "no region: the sheet prints none (地区 ends a wrapped name)");
        assertEquals("城乡医疗救助县级财政补助资金", s.project());
        assertEquals("南岳县自然资源事务中心", s.parties().get("实施单位"));
        assertTrue(s.indicators().stream().noneMatch(i -> "服务对象满意度指标".equals(i.name()) || "服务对象满意度指标".equals(i.value())),
                "a category label is no cell of a row");
    }
}
