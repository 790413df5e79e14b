package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.zhibiao.Indicator;
import dev.zhibiao.Sheet;
import org.junit.jupiter.api.Test;

/**
 * A cell that opens with an indicator's number (指标1：…) is a name, never a value: a row whose value
 * cell is empty and whose level-2 cell holds a reading the vocabulary does not know is not read one
 * cell to the left (the reading as the name, the numbered name as the value).
 */
class NumberedNameCellTest {

    @Test
    void aNumberedNameIsNotReadAsTheValueOfTheCellBeforeIt() {
        Sheet s = RecoveryTest.one(
                "| | 产出指标 | 数量指标 | 指标1: 参保人数(人) | ≥40.8万人 |",
                "| | | | 指标2: 各级财政实际补助标准(元) | ≥520元 |",
                // an OCR'd group: its level-2 label read 和, its value never printed
                "| | | 和 | 指标1: 以户籍人口数为基数计算的基本医保综合参保率(%) | |",
                "| | | | 指标2: 重复参保人数(人) | 0 |",
                "| | | 时效指标 | 指标1: 省级财政补助资金到位率 | 100% |");
        assertEquals(5, s.indicators().size());
        Indicator third = s.indicators().get(2);
        assertEquals("以户籍人口数为基数计算的基本医保综合参保率(%)", third.name());
        assertNull(third.value());
        assertEquals("重复参保人数(人)", s.indicators().get(3).name());
        assertFalse(s.diagnostics().stream().anyMatch(d -> d.code().equals("row-shifted")), s.diagnostics().toString());
    }

    @Test
    void aValueCellBeforeAnEmptyOneStillShiftsWhenItIsNoNumberedName() {
        // the level-1 cell lost: 质量指标 slid into the level-1 column, the name into the level-2 column (unchanged)
        Sheet s = RecoveryTest.one(
                "| | 产出指标 | 数量指标 | 参保人数 | ≥299万人 |",
                "| | 质量指标 | 医保综合监管能力 | 有所提升 | |");
        assertEquals("产出指标|质量指标|医保综合监管能力|有所提升", RecoveryTest.row(s.indicators().get(1)));
    }
}
