package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zhibiao.Indicator;
import dev.zhibiao.Sheet;
import dev.zhibiao.read.Format;
import dev.zhibiao.read.ReadException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A flattened sheet numbering its levels as an outline (一、 over （一）) with a scoring-criterion column (written for the
 * test): 成本指标, a label of either level, numbered （三） under 一、产出指标 is level 2; 得分 inside 不达标不得分 is the
 * criterion's (the heading names no 得分 column); a money block named 资金总额及构成（万元）.
 */
class FlattenedNumberedLevelsTest {

    private static final String FLAT = "2026年度项目支出绩效目标表项目名称乡镇文化站免费开放主管部门某县文化和旅游局实施单位某县文化馆"
            + "项目资金（万元）年度资金总额72其中：财政拨款72年度绩效目标保障12个乡镇文化站全年免费开放。"
            + "一级指标二级指标三级指标指标值评（扣）分标准一、产出指标（一）数量指标1.开放文化站数量12个每少1个扣1分"
            + "（二）质量指标2.设备完好率≥95%不达标不得分（三）成本指标3.单站年运行经费≤6万元超出标准不得分"
            + "二、满意度指标（一）服务对象满意度指标4.群众满意度≥90%每低1个百分点扣1分";

    @Test
    void levelsFollowTheOutlineAndCriteriaStayWhole() throws ReadException {
        List<Sheet> sheets = Readers.read(FLAT + "\n", "x.txt", Format.AUTO);
        assertEquals(1, sheets.size());
        List<Indicator> ind = sheets.get(0).indicators();
        // main: 设备完好率 then a row 不达标不 = 得分, the names kept their numbering, 成本指标 read as level 1
        assertEquals(List.of("开放文化站数量", "设备完好率", "单站年运行经费", "群众满意度"), ind.stream().map(Indicator::name).toList());
        assertEquals(List.of("产出指标", "产出指标", "产出指标", "满意度指标"), ind.stream().map(Indicator::level1).toList());
        assertEquals(List.of("数量指标", "质量指标", "成本指标", "服务对象满意度指标"), ind.stream().map(Indicator::level2).toList());
        assertEquals("≤6万元", ind.get(2).value());
    }

    @Test
    void aMoneyBlockNamedForItsMakeUpIsRead() throws ReadException {
        String md = "# 2026年度项目绩效目标申报表\n\n| 项目名称 | 乡镇文化站免费开放 | |\n|---|---|---|\n"
                + "| 资金总额及构成（万元） | 总额 | 72 |\n| | 财政拨款 | 60 |\n| | 其他资金 | 12 |\n"
                + "| 一级指标 | 二级指标 | 三级指标 | 指标值 |\n|---|---|---|---|\n"
                + "| 产出指标 | 数量指标 | 开放文化站数量 | 12个 |\n| 满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90% |\n";
        Sheet s = Readers.read(md, "x.md", Format.AUTO).get(0);
        // main: the block's label unknown, its first row (总额 | 72) remnants
        assertEquals(List.of("总额 72", "财政拨款 60", "其他资金 12"),
                s.funding().items().stream().map(i -> i.label() + " " + i.amount().stripTrailingZeros().toPlainString()).toList());
        assertEquals("万元", s.funding().unit());
    }
}
