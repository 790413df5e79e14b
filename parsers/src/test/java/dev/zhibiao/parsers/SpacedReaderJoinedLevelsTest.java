package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Space-aligned text whose indicator heading names no level (绩效指标  指标内容  指标值) over a column of
 * both levels joined in one cell (产出指标—数量指标): found as space-aligned text (templates12, t10). It
 * was taken for one cell per line, and nothing was read.
 */
class SpacedReaderJoinedLevelsTest {

    private static final String TABLE = String.join("\n",
            "2024年度市级项目支出绩效目标表",
            "项目名称：高标准农田建设市级配套资金",
            "年度绩效目标：1.新建高标准农田2万亩。",
            "",
            "绩效指标                   指标内容             指标值",
            "产出指标—数量指标          新建高标准农田面积   ≥2万亩",
            "产出指标—质量指标          工程验收合格率       100%",
            "效益指标—经济效益指标      项目区亩均粮食增产   ≥50公斤");

    @Test
    void aHeadingOverJoinedLevelsMakesTheTextSpaced() {
        assertTrue(SpacedReader.looksSpaced(TABLE));
    }

    @Test
    void headingWordsAloneDoNot() {
        // the same heading over rows without joined levels names no level: not enough to call it a table
        assertFalse(SpacedReader.looksSpaced(TABLE.replace("—", "")));
    }
}
