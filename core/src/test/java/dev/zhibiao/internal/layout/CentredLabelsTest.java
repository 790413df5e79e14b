package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@link CentredLabels}: a goals label printed alone on the middle line of its value's lines. */
class CentredLabelsTest {

    private static List<SpacedRows.Line> lines(String... text) {
        List<SpacedRows.Line> out = new java.util.ArrayList<>();
        for (int i = 0; i < text.length; i++) {
            out.add(SpacedRowsRulesTest.line(i + 1, text[i]));
        }
        return out;
    }

    @Test
    void theValueLinesAboveAndBelowTheLabelAreItsRow() {
        List<SpacedRows.Line> in = lines("其他资金", "       1.推进信息化建设，切实保障", "       系统安全运行。；2.加强", "年度目标",
                "       打击欺诈骗保。；3.加快", "       改革试点。");
        CentredLabels.Result r = CentredLabels.at(in, 1);
        assertNotNull(r);
        assertEquals(5, r.taken());
        assertEquals(4, r.line().number());
        assertEquals("年度目标|1.推进信息化建设，切实保障|系统安全运行。；2.加强|打击欺诈骗保。；3.加快|改革试点。",
                r.line().tokens().stream().map(SpacedRows.Token::text).collect(Collectors.joining("|")));
    }

    @Test
    void theJoinIsRecordedOnTheRowItMade() {
        List<SpacedRows.Line> in = lines("其他资金", "       1.推进信息化建设，切实保障", "       系统安全运行。；2.加强", "年度目标",
                "       打击欺诈骗保。；3.加快", "       改革试点。");
        java.util.Map<Row, List<dev.zhibiao.Diagnostic>> notes = new java.util.IdentityHashMap<>();
        List<Row> rows = SpacedRows.rows(in, notes);
        List<dev.zhibiao.Diagnostic> all = notes.values().stream().flatMap(List::stream).toList();
        assertEquals(1, all.stream().filter(d -> d.code().equals("row-joined")).count(), all + "\n" + rows);
        org.junit.jupiter.api.Assertions.assertTrue(all.get(0).message().contains("lines 2–6"), all.toString());
    }

    @Test
    void notAfterARowWithAValueNorBesideAnotherLabelNorUneven() {
        // the line before prints in the value column: the lines go on with its value
        assertNull(CentredLabels.at(lines("中央资金 141", "       第一行", "年度目标", "       第二行"), 1));
        // not a goals label
        assertNull(CentredLabels.at(lines("其他资金", "       第一行", "项目属性", "       第二行"), 1));
        // three lines above, one below: not centred
        assertNull(CentredLabels.at(lines("其他资金", "       一", "       二", "       三", "年度目标", "       四"), 1));
    }
}
