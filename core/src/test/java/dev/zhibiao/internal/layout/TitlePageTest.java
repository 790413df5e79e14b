package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.zhibiao.Locator;
import dev.zhibiao.internal.text.Text;
import org.junit.jupiter.api.Test;

/** Lines of a title page and above a table: a unit statement, the year of the whole document. */
class TitlePageTest {

    static String unit(String printed) {
        return ProjectBudgetRows.unitStatement(Text.key(printed));
    }

    static Integer year(String printed) {
        return ProjectBudgetRows.titlePageYear(Row.prose(printed, Locator.line(1)));
    }

    @Test
    void unitStatements() {
        assertEquals("万元", unit("金额单位:万元"));
        assertEquals("万元", unit("金额单位：万元"));
        assertEquals("元", unit("单位:元"));
        assertEquals("元", unit("单位元"));
        assertEquals("亿元", unit("单位:亿元"));
        assertNull(unit("单位"));
        assertNull(unit("金额单位:万元整"));
    }

    @Test
    void theYearOfATitlePage() {
        assertEquals(2024, year("2024年度部门预算"));
        // at most 40 characters; a sheet's title is no title page
        assertEquals(2024, year("2024年度部门预算" + "甲".repeat(30)));
        assertNull(year("2024年度部门预算" + "甲".repeat(31)));
        assertNull(year("2024年项目支出绩效目标表"));
        assertNull(year("部门预算2024年"));
    }
}
