package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Locator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rule of {@link ProjectAfterTable}: a project name printed after the table (a browser's print of a
 * narrow form read as plain text, disclosures-print-t290 d3's 医保局慢性病鉴定、基金监管经费 sheet), its
 * label's cell empty, read as the project when the sheet's title names it.
 */
class ProjectAfterTableTest {

    private static Row table(String... cells) {
        List<Cell> out = new ArrayList<>();
        for (int i = 0; i < cells.length; i++) {
            out.add(new Cell(cells[i], new Locator(5, i + 1, null)));
        }
        return new Row(out, true, new Locator(5, null, null));
    }

    private static List<Row> lines(String... texts) {
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            out.add(new Row(List.of(new Cell(texts[i], new Locator(20 + i, 1, null))), false, new Locator(20 + i, null, null)));
        }
        return out;
    }

    private static SheetDraft draft(String title) {
        SheetDraft d = new SheetDraft();
        d.title = title;
        return d;
    }

    private static final List<Row> HEADER = List.of(table("项目编码", "", "项目名称", ""),
            table("预算规模及资金用途", "预算数", "", "其中：财政资金", "", "其他资金", ""));

    @Test
    void theLineTheTitleNamesIsTheProjectAndNoRemnant() {
        SheetDraft d = draft("医保局慢性病鉴定、基金监管经费绩效目标表");
        List<Row> after = lines("产出指", "450-0601-JXN-EEQ1", "医保局慢性病鉴定、基金监管经费", "130000.00");
        List<Row> rest = ProjectAfterTable.take(HEADER, after, d);
        assertEquals("医保局慢性病鉴定、基金监管经费", d.project);
        assertEquals(3, rest.size());
        assertTrue(rest.stream().noneMatch(r -> r.text().contains("基金监管经费")));
        assertTrue(d.diagnostics.stream().anyMatch(x -> x.code().equals("project-after-table")), d.diagnostics.toString());
    }

    @Test
    void aNameWrappedOverTwoLinesIsJoined() {
        SheetDraft d = draft("城乡医疗救助补助资金绩效目标表");
        List<Row> rest = ProjectAfterTable.take(HEADER, lines("城乡医疗救助补", "助资金", "50000.00"), d);
        assertEquals("城乡医疗救助补助资金", d.project);
        assertEquals(1, rest.size());
    }

    @Test
    void nothingMovesWithoutAnEmptyProjectLabelOrALineTheTitleNames() {
        List<Row> after = lines("医保局慢性病鉴定、基金监管经费");
        // the label holds its value: the line after the table is the table's business, not the project's
        SheetDraft d = draft("医保局慢性病鉴定、基金监管经费绩效目标表");
        assertSame(after, ProjectAfterTable.take(List.of(table("项目名称", "另一个项目")), after, d));
        assertNull(d.project);
        // no project label in the header
        d = draft("医保局慢性病鉴定、基金监管经费绩效目标表");
        assertSame(after, ProjectAfterTable.take(List.of(table("项目编码", "")), after, d));
        assertNull(d.project);
        // the title names another project, or none before its ending
        d = draft("城乡医疗救助补助资金绩效目标表");
        assertSame(after, ProjectAfterTable.take(HEADER, after, d));
        assertNull(d.project);
        d = draft("绩效目标表");
        assertSame(after, ProjectAfterTable.take(HEADER, after, d));
        assertNull(d.project);
        // a project already read
        d = draft("医保局慢性病鉴定、基金监管经费绩效目标表");
        d.project = "医保局慢性病鉴定、基金监管经费";
        assertSame(after, ProjectAfterTable.take(HEADER, after, d));
        assertTrue(d.diagnostics.isEmpty());
    }
}
