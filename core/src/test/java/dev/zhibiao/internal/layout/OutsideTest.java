package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zhibiao.Locator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The summary of what lies outside the sheets, as the command line prints it: each kind of row
 * counted, budget tables named by their printed titles, pages joined into ranges.
 */
class OutsideTest {

    static Row prose(String text, int page) {
        return Row.prose(text, Locator.page(page));
    }

    static Row table(int page, String... cells) {
        List<Cell> c = new ArrayList<>();
        for (String s : cells) {
            c.add(new Cell(s, Locator.page(page)));
        }
        return new Row(c, true, Locator.page(page));
    }

    static Outside outside(List<Row> rows) {
        return Recovery.read(new Document("d.pdf", rows)).outside();
    }

    /** A disclosure printed line by line: contents, parts, two tables, a sheet, a title with nothing under it. */
    @Test
    void linesOfADisclosure() {
        List<String> l = new ArrayList<>(List.of(
                "目录",
                "一、部门职能..........3",
                "3",
                "第一部分 部门概况",
                "本部门主要职责是负责全市的医疗保障工作，具体如下。这是一段很长的说明文字，超过三十个字符的一段话。",
                "表1 2024年收支预算总表",
                "| 科目编码 | 科目名称 | 金额 |",
                "| 201 | 一般公共服务 | 12.50 |",
                "单位：万元",
                "表2 人员名单表",
                "| 姓名 | 职务 |",
                "项目支出绩效目标表"));
        for (String h : RecoveryTest.HEAD) {
            if (h.startsWith("|")) {
                l.add(h);
            }
        }
        l.add("| | 产出指标 | 数量指标 | 指标1: 参保人数(人) | ≥299.68万人 |");
        l.add("项目支出绩效目标表");
        Outside o = Recovery.read(RecoveryTest.doc(l.toArray(String[]::new))).outside();
        // the budget table's title without its number and year; the unit line is one of its lines
        assertEquals("1 budget table (收支预算总表; 4 lines), 1 other table (2 lines), contents (3 lines), "
                + "prose (2 lines), a sheet title with no sheet under it at line 22", o.toString());
        assertEquals(12, o.total());
        assertEquals(1, o.budgetTables());
    }

    /** The sheet's outside-sheets diagnostic names the rows outside in document order, from the first. */
    @Test
    void theOutsideRowsAreNamedInDocumentOrder() {
        List<String> l = new ArrayList<>(List.of("部门整体支出绩效目标表", "项目支出绩效目标表"));
        for (String h : RecoveryTest.HEAD) {
            if (h.startsWith("|")) {
                l.add(h);
            }
        }
        l.add("| | 产出指标 | 数量指标 | 指标1: 参保人数(人) | ≥299.68万人 |");
        l.add("表1 收支预算总表");
        l.add("| 科目编码 | 科目名称 | 金额 |");
        List<dev.zhibiao.Sheet> sheets = Recovery.recover(RecoveryTest.doc(l.toArray(String[]::new)));
        assertEquals(1, sheets.size());
        // a title with no table under it (line 1) is found after the budget table below the sheet
        assertEquals("[line 1 outside-sheets: 3 line(s) of the document belong to no sheet and were not read "
                + "(lines 1–13, from \"部门整体支出绩效目标表\"): 1 budget table (收支预算总表; 2 lines), "
                + "a sheet title with no sheet under it at line 1]", sheets.get(0).diagnostics().toString());
    }

    /** Tables on pages: named budget tables (three shown), page ranges, titles (three shown). */
    @Test
    void tablesOnPages() {
        List<Row> rows = new ArrayList<>(List.of(
                prose("表1 收支预算总表", 1), table(1, "收入", "支出"),
                prose("表2 2024年财政拨款收支总表", 2), table(2, "项目", "金额"),
                prose("表3 一般公共预算支出表", 3), table(3, "201", "12.50"),
                prose("表4 政府性基金预算支出表", 5), table(5, "合计", "0.00"),
                prose("附表 人员表", 7), table(7, "姓名", "职务"),
                prose("附表 车辆表", 8), table(8, "车牌", "型号")));
        for (int i = 0; i < 4; i++) {
            rows.add(prose("部门整体支出绩效目标表", 9 + i));
        }
        Outside o = outside(rows);
        assertEquals("4 budget tables (收支预算总表, 财政拨款收支总表, 一般公共预算支出表 …; 8 rows on pages 1–3, 5), "
                + "2 other tables (4 rows on pages 7–8), "
                + "sheet titles with no sheet under them at page 9, page 10, page 11 …", o.toString());
        assertEquals(16, o.total());
        assertEquals(4, o.budgetTables());
    }

    /** A budget table with no title: told by a subject code and an amount; one page. */
    @Test
    void untitledBudgetTable() {
        Outside o = outside(List.of(table(4, "201", "12.50"), table(4, "301", "1,012.50"),
                prose("部门整体支出绩效目标表", 6)));
        assertEquals("1 budget table (2 rows on page 4), a sheet title with no sheet under it at page 6", o.toString());
        assertEquals(3, o.total());
        assertEquals(1, o.budgetTables());
        assertEquals("nothing outside sheets", outside(List.of()).toString());
        assertEquals(0, outside(List.of()).total());
    }

    /** The budget-row scans answer what the expressions they replace answered, on random texts of the characters that matter. */
    @Test
    void budgetRowScansAsTheExpressions() {
        java.util.Random rnd = new java.util.Random(13);
        String alphabet = "0123456789,.-a绩";
        java.util.regex.Pattern code = java.util.regex.Pattern.compile("[0-9]{3,7}");
        java.util.regex.Pattern amount = java.util.regex.Pattern.compile("-?[0-9][0-9,]*\\.[0-9]{2}");
        int codes = 0;
        int amounts = 0;
        for (int i = 0; i < 300_000; i++) {
            StringBuilder b = new StringBuilder();
            int n = rnd.nextInt(10);
            for (int k = 0; k < n; k++) {
                // mostly digits, so that both shapes are hit often
                b.append(rnd.nextInt(3) == 0 ? alphabet.charAt(10 + rnd.nextInt(alphabet.length() - 10)) : (char) ('0' + rnd.nextInt(10)));
            }
            String t = b.toString();
            boolean c = code.matcher(t).matches();
            boolean a = amount.matcher(t).matches();
            assertEquals(c, Outside.isCode(t), t);
            assertEquals(a, Outside.isAmount(t), t);
            codes += c ? 1 : 0;
            amounts += a ? 1 : 0;
        }
        org.junit.jupiter.api.Assertions.assertTrue(codes > 1000 && amounts > 1000, codes + " codes, " + amounts + " amounts");
    }
}
