package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Sheet;
import dev.zhibiao.read.Format;
import dev.zhibiao.read.ReadException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A text file holding a whole sheet flattened into one line, nothing between its cells (written for the test). */
class FlattenedSheetTest {

    private static final String FLAT = "2026年项目支出绩效目标表项目名称社区应急物资储备主管部门某区应急管理局实施单位某区应急物资保障中心"
            + "项目资金（万元）年度资金总额150其中：财政拨款150其他资金0年度绩效目标储备应急物资，保障突发事件发生后12小时内物资到位。"
            + "一级指标二级指标三级指标指标值产出指标数量指标储备帐篷数量≥300顶储备折叠床数量≥800张质量指标物资抽检合格率100%"
            + "时效指标物资到位时间≤12小时效益指标社会效益指标受灾群众基本生活保障率100%满意度指标服务对象满意度指标受助群众满意度≥90%";

    @Test
    void aFlattenedSheetIsRead() throws ReadException {
        List<Sheet> sheets = Readers.read(FLAT + "\n", "x.txt", Format.AUTO);
        assertEquals(1, sheets.size());
        Sheet s = sheets.get(0);
        assertEquals("社区应急物资储备", s.project());
        assertEquals(List.of("储备帐篷数量", "储备折叠床数量", "物资抽检合格率", "物资到位时间", "受灾群众基本生活保障率", "受助群众满意度"),
                s.indicators().stream().map(dev.zhibiao.Indicator::name).toList());
        assertEquals("≥800张", s.indicators().get(1).value());
        assertEquals("社会效益指标", s.indicators().get(4).level2());
    }

    @Test
    void aFlattenedLineThatCannotBeCutIsNamedInTheError() {
        // the title inside a long line, but no indicator heading words: not cut, refused with what was seen
        String text = "项目支出绩效目标表" + "项目名称社区应急物资储备主管部门某区应急管理局".repeat(10) + "\n";
        ReadException e = assertThrows(ReadException.class, () -> Readers.read(text, "y.txt", Format.AUTO));
        assertTrue(e.getMessage().contains("title (项目支出绩效目标表) inside a"), e.getMessage());
        assertTrue(e.getMessage().contains("flattened into one line"), e.getMessage());
    }
}
