package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A name and its value wrapped line by line round the completed value printed whole ({@link LaidOutChunks#wrappedAsActual}, tmpl35). */
class LaidOutWrappedActualTest {

    /**
     * pdftotext-layout h7's second sheet (LibreOffice, a self-evaluation): 实行按病种(组)、按人头付费 | 逐步 / 逐步推开 /
     * 等支付方式改革 | 推开 — the value wraps as its name does, the completed value between them is the value's pieces
     * joined: one row, not two each with a value of its own. (The table from its heading to the sheet's end, the page
     * break's form feed left out.)
     */
    @Test
    void aValueWrappedRoundItsCompletedValueIsOneRow() {
        List<String> rows = LaidOutLines.rows(
                "绩效   一级指                                   指标      全年实际     未完成原因和改",
                "           二级指标             三级指标",
                "指标    标                                     值      完成值          进措施",
                "",
                "",
                "     产出指   数量指标                            ≥623",
                "                        参保人数(人)                   ≥623 万人",
                "      标                                    万人",
                "",
                "",
                "                       重复参保人数(人)            0        0",
                "",
                "",
                "                       虚报参保人数(人)            0        0",
                "",
                "",
                "                    参保人政策范围内住院费用报",
                "                                           ≥70%    ≥70%",
                "                            销比例",
                "",
                "",
                "                     实行按病种(组)、按人头付费        逐步",
                "                                                   逐步推开",
                "                        等支付方式改革            推开",
                "",
                "",
                "                     基金滚存结余可支付月数(月)        6-9      6-9",
                "                           普遍",
                "                开展门诊统筹            普遍开展",
                "                           开展",
                "",
                "",
                "                           普遍",
                "      政策知晓率    参保群众政策知晓率          普遍知晓",
                "                           知晓",
                "满意度",
                "指标",
                "      服务对象满意",
                "                参保对象满意度    ≥85%   ≥85%",
                "       度指标"
        );
        assertTrue(rows.stream().anyMatch(r -> r.contains("|实行按病种(组)、按人头付费等支付方式改革|逐步推开|逐步推开")), "rows: " + rows);
        assertFalse(rows.stream().anyMatch(r -> r.contains("|等支付方式改革|")), "rows: " + rows);
    }

    /** Two rows whose values differ from the text between them, or with more than the completed value there, stay apart. */
    @Test
    void onlyTheValuesPiecesJoinedBetweenThem() {
        List<ColumnFit.Role> roles = List.of(ColumnFit.Role.L1, ColumnFit.Role.NAME, ColumnFit.Role.VALUE, ColumnFit.Role.ACTUAL);
        LaidOutTable.Line at = LaidOutLines.tableLine(4, 1, "1", "实行按病种(组)、按人头付费", "21", "2", "逐步", "51");
        LaidOutTable.Line between = LaidOutLines.tableLine(4, 2, "3", "逐步推开", "51");
        LaidOutTable.Line next = LaidOutLines.tableLine(4, 3, "1", "等支付方式改革", "24", "2", "推开", "43");
        assertTrue(LaidOutChunks.wrappedAsActual(at, next, between, roles));
        assertFalse(LaidOutChunks.wrappedAsActual(at, next, LaidOutLines.tableLine(4, 2, "3", "已推开", "51"), roles));
        assertFalse(LaidOutChunks.wrappedAsActual(at, next, LaidOutLines.tableLine(4, 2, "0", "数量指标", "5", "3", "逐步推开", "51"),
                roles));
        assertFalse(LaidOutChunks.wrappedAsActual(at, next, between, List.of(ColumnFit.Role.L1, ColumnFit.Role.NAME, ColumnFit.Role.VALUE,
                ColumnFit.Role.TEXT)));
    }
}
