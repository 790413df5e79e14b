package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Diagnostic;
import dev.zhibiao.Indicator;
import dev.zhibiao.Locator;
import dev.zhibiao.Sheet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Indicators printed as an outline (一、产出指标 / （一）数量指标 / 1.名称：值), as a Word document's paragraphs. */
class OutlineRowsTest {

    private static final String[] SHEET = {
        "2024年度职业技能培训补贴项目绩效目标表",
        "项目名称：职业技能培训补贴",
        "项目资金：300万元",
        "年度绩效目标：开展职业技能培训5000人次。",
        "绩效指标：",
        "一、产出指标",
        "（一）数量指标",
        "1.培训人次：≥5000人次",
        "2.覆盖县区：10个",
        "（二）质量指标",
        "1.培训合格率：≥90%",
        "二、效益指标",
        "（一）社会效益指标",
        "1.培训后就业率：≥60%",
        "三、满意度指标",
        "（一）服务对象满意度指标",
        "1.参训人员满意度：≥90%",
    };

    private static List<Row> paragraphs(String... lines) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            rows.add(Row.prose(lines[i], Locator.line(i + 1)));
        }
        return rows;
    }

    private static List<String> read(Sheet s) {
        return s.indicators().stream().map(i -> i.level1() + "/" + i.level2() + "/" + i.name() + "=" + i.value()).toList();
    }

    private static final List<String> EXPECTED = List.of(
            "产出指标/数量指标/培训人次=≥5000人次",
            "产出指标/数量指标/覆盖县区=10个",
            "产出指标/质量指标/培训合格率=≥90%",
            "效益指标/社会效益指标/培训后就业率=≥60%",
            "满意度指标/服务对象满意度指标/参训人员满意度=≥90%");

    @Test
    void paragraphsOfAnOutlineAreIndicators() {
        List<Sheet> sheets = Recovery.recover(new Document("t.docx", paragraphs(SHEET)));
        assertEquals(1, sheets.size());
        Sheet s = sheets.get(0);
        assertEquals(EXPECTED, read(s));
        assertEquals("职业技能培训补贴", s.project());
        assertEquals(List.of("开展职业技能培训5000人次。"), s.goals());
        assertTrue(s.diagnostics().stream().map(Diagnostic::code).anyMatch("outline-read"::equals), s.diagnostics().toString());
        // the rows remember their lines: the first indicator's row is line 8
        Indicator first = s.indicators().get(0);
        assertEquals(8, first.locator().line());
    }

    @Test
    void linesReadAsOneRowOfCellsAreLines() {
        // a text of paragraphs without blank lines is read one cell a line: the outline is found in the row
        List<Cell> cells = new ArrayList<>();
        for (int i = 1; i < SHEET.length; i++) {
            cells.add(new Cell(SHEET[i], Locator.line(i + 1)));
        }
        List<Row> rows = List.of(Row.prose(SHEET[0], Locator.line(1)), new Row(cells, true, Locator.line(2)));
        Sheet s = Recovery.recover(new Document("t.txt", rows)).get(0);
        assertEquals(EXPECTED, read(s));
    }

    @Test
    void nameAndValueWithoutAColon() {
        assertEquals(List.of("培训人次", "≥5000人次"), List.of(OutlineRows.nameAndValue("培训人次：≥5000人次")));
        assertEquals(List.of("培训人次", "≥5000人次"), List.of(OutlineRows.nameAndValue("培训人次 ≥5000人次")));
        assertEquals(List.of("培训人次", "≥5000人次"), List.of(OutlineRows.nameAndValue("培训人次≥5000人次")));
        assertEquals(List.of("覆盖县区", "10个"), List.of(OutlineRows.nameAndValue("覆盖县区 10个")));
        // a sentence is no indicator line
        assertEquals(null, OutlineRows.nameAndValue("加强培训管理 提高培训质量"));
        assertEquals(null, OutlineRows.nameAndValue("培训人次5000人次"));
    }

    @Test
    void anOutlineOfOtherWordsIsLeftAlone() {
        // numbered lines under a heading that is no category: prose, not indicators
        List<Sheet> sheets = Recovery.recover(new Document("t.docx", paragraphs(
                "2024年度职业技能培训补贴项目绩效目标表", "项目名称：职业技能培训补贴", "项目资金：300万元",
                "一、工作目标", "1.培训人次：5000人次", "2.覆盖县区：10个")));
        assertTrue(sheets.isEmpty() || sheets.get(0).indicators().isEmpty(), sheets.toString());
    }

    @Test
    void categoryLinesWithNoIndicatorUnderThemAreKept() {
        // a level-1 line and the next one with nothing under the first: its text goes on as printed
        OutlineRows o = new OutlineRows(new java.util.IdentityHashMap<>());
        List<Row> out = new ArrayList<>();
        for (Row r : paragraphs("一、产出指标", "二、效益指标", "（一）社会效益指标", "1.就业率：≥60%", "以上指标由市局考核。")) {
            out.addAll(o.take(r));
        }
        out.addAll(o.finish());
        assertEquals(List.of("一、产出指标", "效益指标 | 社会效益指标 | 就业率 | ≥60%", "以上指标由市局考核。"),
                out.stream().map(r -> String.join(" | ", r.cells().stream().map(Cell::text).toList())).toList());
    }

    /** The scan before the regular expression never refuses a text the expression would take (random texts). */
    @Test
    void numberedPrefilterRefusesOnlyWhatTheExpressionRefuses() {
        String alphabet = " \u3000\u00a0\u2003\t\n（()）⑴①㈠⒈０１1２9一二十百产出指标、.．)：:a\u0301\uFEFF";
        java.util.Random random = new java.util.Random(15);
        int taken = 0;
        for (int k = 0; k < 200_000; k++) {
            StringBuilder b = new StringBuilder();
            for (int n = random.nextInt(7); n >= 0; n--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String t = b.toString();
            boolean matches = OutlineRows.NUMBERED.matcher(dev.zhibiao.internal.text.Text.nfkc(t).strip()).matches();
            if (matches) {
                taken++;
                assertTrue(OutlineRows.mayBeNumbered(t), t);
            }
        }
        assertTrue(taken > 1000, "numbered texts drawn: " + taken);
        assertTrue(OutlineRows.mayBeNumbered("\u3000（一）数量指标"));
        assertTrue(OutlineRows.mayBeNumbered("⑴培训人次"));
        assertEquals(false, OutlineRows.mayBeNumbered("产出指标"));
        assertEquals(false, OutlineRows.mayBeNumbered(" 满意度≥90%"));
    }
}
