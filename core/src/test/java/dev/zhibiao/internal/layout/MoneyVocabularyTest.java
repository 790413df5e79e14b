package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The money block's units, asked in one place by the readers and the layout recovery. */
class MoneyVocabularyTest {

    @Test
    void aBracketedMoneyUnitAloneIsKnownInEveryWidth() {
        for (String unit : new String[] {"(元)", "（万元）", "( 万元 )", "(亿元)", "（千元）"}) {
            assertTrue(MoneyVocabulary.isBracketedUnit(unit), unit);
        }
        for (String other : new String[] {"元", "万元", "(人)", "(%)", "项目资金(万元)", "(万元", "()", "", "(万元)(元)"}) {
            assertFalse(MoneyVocabulary.isBracketedUnit(other), other);
        }
    }

    @Test
    void aLabelsUnitIsTheOneItStatesInBrackets() {
        assertEquals("万元", MoneyVocabulary.fundingUnit("项目资金（万元）"));
        assertEquals("元", MoneyVocabulary.fundingUnit("年度资金总额(元)"));
        assertEquals("亿元", MoneyVocabulary.fundingUnit("资金情况 (亿元)"));
        assertNull(MoneyVocabulary.fundingUnit("资金情况"));
    }
}
