package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.read.ReadException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The encoding decided from the content ({@link Encodings}, {@link Readers#decoded}). */
class EncodingsTest {
    /** Simplified characters whose GB18030 bytes are valid Big5 too (a Big5 reading: 砐醴盓堤憎虴醴梓桶 …). */
    private static final String SIMPLIFIED = "| 项目支出绩效目标表 | |\n|---|---|\n| 项目名称 | 主管部门 实施单位 |\n"
            + "| 产出指标 | 数量指标 质量指标 |\n| 满意度指标 | 效益指标 社会效益指标 |\n| 年度绩效目标 | 1200 |\n";
    private static final String TRADITIONAL = "| 項目支出績效目標表 | |\n|---|---|\n| 項目名稱 | 社區居家養老服務補助 |\n"
            + "| 產出指標 | 數量指標 質量指標 |\n| 滿意度指標 | 服務對象滿意度 ≧90％ |\n";

    @Test
    void gb18030ValidInBig5StaysGb18030() throws ReadException {
        byte[] b = SIMPLIFIED.getBytes(Encodings.GB18030);
        assertNotNull(Encodings.strict(b, Encodings.BIG5), "the bytes are valid Big5 too: the case decided");
        Readers.Decoded d = Readers.decoded(b, "doc");
        assertEquals(SIMPLIFIED, d.text());
        assertNull(d.note());
    }

    @Test
    void big5ValidInGb18030IsBig5() throws ReadException {
        byte[] b = TRADITIONAL.getBytes(Encodings.BIG5);
        assertNotNull(Encodings.strict(b, Encodings.GB18030), "the bytes are valid GB18030 too: the case decided");
        Readers.Decoded d = Readers.decoded(b, "doc");
        assertEquals(TRADITIONAL, d.text());
        assertTrue(d.note().contains("Big5"), d.note());
    }

    @Test
    void utf16WithoutMark() throws ReadException {
        for (Charset cs : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            for (String t : new String[] {SIMPLIFIED, TRADITIONAL, "plain ASCII 123\n", "一二三 ┌─┐ 12 34\n"}) {
                Readers.Decoded d = Readers.decoded(t.getBytes(cs), "doc");
                assertEquals(t, d.text(), cs + ": " + t);
                assertTrue(d.note().contains(cs.name()), d.note());
            }
        }
        // UTF-8 and GB18030 hold no zero bytes: never taken for UTF-16
        assertNull(Encodings.utf16(SIMPLIFIED.getBytes(StandardCharsets.UTF_8)));
        assertNull(Encodings.utf16(SIMPLIFIED.getBytes(Encodings.GB18030)));
    }
}
