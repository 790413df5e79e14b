package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Sheet;
import dev.zhibiao.read.Format;
import dev.zhibiao.read.Limits;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Plain pdftotext of a template sheet whose indicator table has a row-number column (序号) (tprint23): the
 * column's heading, printed as its own paragraph right after the goal text, starts the table; it is no part
 * of the goal. Made-up sheet, cell per paragraph as pdftotext prints it.
 */
class PdfTextRowNumberHeadingTest {

    private static final String TEXT = String.join("\n\n", "项目绩效目标表（2025 年度）", "项目名称", "送戏下乡补助",
            "项目单位", "某县文化馆", "绩效目标", "全年送戏下乡 40 场以上，丰富群众文化生活。",
            "序号", "一级指标", "二级指标", "三级指标", "指标性质 指标值",
            "1", "产出指标", "数量指标", "开展送戏下乡场次", "定量", "≥40 场",
            "2", "效益指标", "社会效益指标", "群众文化生活改善", "定性", "明显改善",
            "3", "满意度指标", "服务对象满意度指标", "群众满意度", "定量", "≥90%") + "\n\f";

    @Test
    void theRowNumberHeadingEndsTheGoal() throws Exception {
        List<Sheet> sheets = Readers.read(TEXT, "t.txt", Format.PDFTOTEXT, Limits.defaults());
        Sheet s = sheets.stream().filter(x -> !x.indicators().isEmpty()).findFirst().orElseThrow();
        assertEquals(List.of("全年送戏下乡 40 场以上，丰富群众文化生活。"), s.goals());
        assertEquals(3, s.indicators().size(), s.indicators().toString());
    }

    @Test
    void aRowNumberHeadingIsStructural() {
        assertTrue(PdfTextGoals.rowNumberHeading("序号"));
        assertTrue(PdfTextGoals.rowNumberHeading("序号 一级指标"));
        assertFalse(PdfTextGoals.rowNumberHeading("编号 1：完成送戏下乡"), "a goal's own words");
    }
}
