package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two-period sheets printed twice side by side (中期 | 年度): the other half's name column is the row's name again, no cell
 * beside the name ({@link LaidOutChunks}, tmpl36).
 */
class LaidOutTwiceNamesTest {

    /**
     * A th-style print of 003's sheet 1 (Chromium): 政务外网网络维护费 between its value's lines (≤0.76万 / 元) is whole; the
     * next name, beside a value of its own, is the next row (before: one name 政务外网网络维护费与第三方（电信）签, two values).
     */
    @Test
    void aNameBetweenItsValuesLinesIsWholeInBothHalves() {
        List<String> rows = LaidOutLines.rows(
                "     一级指                                      一级指",
                "             二级指标       三级指标         指标值            二级指标      三级指标        指标值",
                "       标                                       标",
                "",
                "                     建立网络专线          ≥1条                    建立网络专线        ≥1条",
                "",
                "                     建立医保专线点         ≥2点                    建立医保专线点       ≥2点",
                "            数量指标     与第三方签订网络维                      数量指标    与第三方签订网络维",
                "                                     ≥1次                                  ≥1次",
                "                     护合同                                    护合同",
                "",
                "                     维护网络专线          ≥5条                    维护网络专线        ≥5条",
                "",
                "                     签订合同完成率         100%                   签订合同完成率       100%",
                "     产出指    质量指标                              产出指   质量指标",
                "                     医保专线维护工作合                              医保专线维护工作合",
                "绩效   标                               100%     标                           100%",
                "                     格率                                     格率",
                "指标",
                "                     每年维护医保经办网                              每年维护医保经办网",
                "            时效指标                     7月份            时效指标                  7月份",
                "                     络时间                                    络时间",
                "",
                "                                     ≤0.76万                               ≤0.76万",
                "                     政务外网网络维护费                              政务外网网络维护费",
                "                                     元                                    元",
                "            成本指标                                    成本指标",
                "                     与第三方（电信）签       ≤2.66万                 与第三方（电信）签     ≤2.66万",
                "                     订合同金额           元                      订合同金额         元",
                "",
                "     效益指    社会效益指    确保医疗保障工作顺       有效保      效益指   社会效益指   确保医疗保障工作顺     有效保",
                "     标      标        利开展             障        标     标       利开展           障",
                "",
                "     满意度    服务对象满                             满意度   服务对象满",
                "                     工作人员满意度         100%                   工作人员满意度       100%",
                "     指标     意度指标                              指标    意度指标"

        );
        assertTrue(rows.stream().anyMatch(r -> r.contains("|政务外网网络维护费|≤0.76万元|")), "rows: " + rows);
        assertTrue(rows.stream().anyMatch(r -> r.contains("|与第三方（电信）签订合同金额|≤2.66万元|")), "rows: " + rows);
        assertTrue(rows.stream().anyMatch(r -> r.contains("|质量指标|签订合同完成率|100%|")), "rows: " + rows);
    }

    /**
     * 003's sheet 3 (Chromium, th): 本年度参保人数 centred between its value's lines (≥37370 / 人), the line above opening a
     * value of its own: a row of its own, not the end of 年度内增加参保人数.
     */
    @Test
    void aNameCentredUnderAValueOfItsOwn() {
        List<String> rows = LaidOutLines.rows(
                "     一级指                                      一级指",
                "             二级指标       三级指标          指标值            二级指标      三级指标         指标值",
                "      标                                        标",
                "",
                "                     年度内增加参保人数 ≥700人                        年度内增加参保人数 ≥700人",
                "             数量指标                    ≥37370         数量指标                   ≥37370",
                "                     本年度参保人数                                本年度参保人数",
                "                                     人                                     人",
                "",
                "     产出指     质量指标    项目完成补助覆盖率 100%           产出指   质量指标    项目完成补助覆盖率 100%",
                "绩效   标                                        标",
                "                     本年度县级补助金额                              本年度县级补助金额",
                "指标                             ≤40元/人                                 ≤40元/人",
                "                     为                                      为",
                "             成本指标                                   成本指标",
                "                     本年度县级补助增加 ≤11.2元/                      本年度县级补助增加 ≤11.2元/",
                "                     数额        人                            数额        人",
                "",
                "     效益指     社会效益指   保障城乡居民基本医      效益指             社会效益指   保障城乡居民基本医",
                "                               明显改善                                   明显改善",
                "     标       标       疗保险权益          标               标       疗保险权益",
                "",
                "     满意度     服务对象满                            满意度   服务对象满",
                "                     群众满意度           100%                   群众满意度          100%",
                "     指标      意度指标                             指标    意度指标"

        );
        assertTrue(rows.stream().anyMatch(r -> r.contains("|年度内增加参保人数|≥700人|")), "rows: " + rows);
        assertTrue(rows.stream().anyMatch(r -> r.contains("|本年度参保人数|≥37370人|")), "rows: " + rows);
    }

    /**
     * pdftotext-layout h5 (LibreOffice, 003's sheet 0 printed twice): a name and its value wrapped line by line (≤2.0 /
     * 支付临聘、见习工 / 2万 / 作人员工资 / 元, the same in both halves) stay one row: the value goes on past the name's next
     * line. (The table's lines from 成本指标's first row, each half in its own columns.)
     */
    @Test
    void aNameAndValueInterleavedStayOneRow() {
        List<ColumnFit.Role> roles = List.of(ColumnFit.Role.L2, ColumnFit.Role.NAME, ColumnFit.Role.VALUE,
                ColumnFit.Role.L2, ColumnFit.Role.NAME, ColumnFit.Role.VALUE);
        List<LaidOutTable.Line> lines = List.of(
                LaidOutLines.tableLine(6, 134, "2", "≤20", "24", "5", "≤200", "54"),
                LaidOutLines.tableLine(6, 135, "1", "支付交通燃油费", "13", "4", "支付交通燃油费", "43"),
                LaidOutLines.tableLine(6, 136, "2", "0元", "24", "5", "元", "55"),
                LaidOutLines.tableLine(6, 138, "0", "成本指标", "6", "3", "成本指标", "36"),
                LaidOutLines.tableLine(6, 139, "2", "≤2.0", "24", "5", "≤2.0", "54"),
                LaidOutLines.tableLine(6, 140, "1", "支付临聘、见习工", "13", "4", "支付临聘、见习工", "43"),
                LaidOutLines.tableLine(6, 141, "2", "2万", "24", "5", "2万", "54"),
                LaidOutLines.tableLine(6, 142, "1", "作人员工资", "14", "4", "作人员工资", "44"),
                LaidOutLines.tableLine(6, 143, "2", "元", "25", "5", "元", "55"));
        List<String> rows = LaidOutTable.rows(lines, roles).stream()
                .map(r -> String.join("|", r.cells().stream().map(Cell::text).toList())).toList();
        assertTrue(rows.stream().anyMatch(r -> r.contains("|支付临聘、见习工作人员工资|≤2.02万元|")), "rows: " + rows);
        assertFalse(rows.stream().anyMatch(r -> r.contains("|作人员工资|")), "rows: " + rows);
    }
}
