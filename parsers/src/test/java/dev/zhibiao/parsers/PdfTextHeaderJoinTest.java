package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.internal.layout.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link PdfTextHeader#isHeaderLineJoin} (speed24) answers as {@link PdfTextReader#isHeaderLine} of the joined text:
 * over random pairs of header labels cut anywhere, years, signs, spaces, tags and characters the normaliser maps.
 */
class PdfTextHeaderJoinTest {
    @Test
    void aJoinIsAHeaderLineExactlyWhenTheJoinedTextIsOne() {
        List<String> labels = new ArrayList<>(PdfTextReader.HEADER_LABELS);
        labels.addAll(Vocabulary.HEADER_LINE_LABELS);
        labels.addAll(List.of("项目名称", "专项名称", "转移支付(项目)名称", "市(县)名称", "资金使用单位", "地方财政部门", "省级主管部门",
                "实施期限", "预算年度", "绩效目标", "项目资金", "年度目标"));
        List<String> pieces = new ArrayList<>(List.of("", " ", "　", ":", "：", "（", "）", "(", ")", "<b>", "①", "ｶ", "項目",
                "名稱", "2024", "2024年", "年", "年度", "（2024年度）", "2024年度预算", "１２３４", "金额", "万元", "100", "a", "项目"));
        for (String l : labels) {
            pieces.add(l);
            for (int cut = 1; cut < l.length(); cut++) {
                pieces.add(l.substring(0, cut));
                pieces.add(l.substring(cut));
                pieces.add(l.substring(cut) + "：");
            }
        }
        Random r = new Random(24);
        int header = 0;
        for (int i = 0; i < 100_000; i++) {
            String a = pieces.get(r.nextInt(pieces.size()));
            String b = pieces.get(r.nextInt(pieces.size()));
            if (r.nextInt(8) == 0) {
                b = b + pieces.get(r.nextInt(pieces.size()));
            }
            boolean expected = PdfTextReader.isHeaderLine(a + b);
            assertEquals(expected, PdfTextHeader.isHeaderLineJoin(a, b), a + " | " + b);
            header += expected ? 1 : 0;
        }
        assertTrue(header > 5_000, "too few header lines among the joins: " + header);
    }
}
