package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zhibiao.Sheet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a sheet without an indicator table ends: at a new header block after the prose under it. */
class SegmenterTest {

    @Test
    void aHeaderBlockAfterProseStartsTheNextSheet() {
        List<Sheet> sheets = Recovery.recover(RecoveryTest.doc("项目支出绩效目标表",
                "| 项目名称 | 甲项目 |", "| 年度目标 | 巩固参保率。 |",
                "说明：见附件。",
                "| 项目名称 | 乙项目 |", "| 年度目标 | 提高保障水平。 |"));
        assertEquals(2, sheets.size());
        assertEquals("甲项目", sheets.get(0).project());
        assertEquals(List.of("巩固参保率。"), sheets.get(0).goals());
        assertEquals(List.of("说明：见附件。"), sheets.get(0).remnants());
        assertEquals("乙项目", sheets.get(1).project());
        assertEquals(List.of("提高保障水平。"), sheets.get(1).goals());
        assertEquals(5, sheets.get(1).locator().line());
    }
}
