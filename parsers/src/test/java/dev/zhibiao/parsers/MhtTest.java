package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Sheet;
import dev.zhibiao.read.ReadException;
import dev.zhibiao.read.Zhibiao;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Web archives (.mht), as Word, Excel and browsers save a "single file web page" ({@link Mht}). */
class MhtTest {
    private static final String PAGE = "<html><body><p>2024年度项目支出绩效目标表</p><table>"
            + "<tr><td>项目名称</td><td>农村公路养护</td></tr>"
            + "<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>"
            + "<tr><td>产出指标</td><td>数量指标</td><td>养护里程</td><td>≥320公里</td></tr></table></body></html>";

    private static String archive(String encoding, String charset, String body) {
        return "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"----=_NextPart_01\"\r\n\r\n"
                + "------=_NextPart_01\r\nContent-Location: file:///C:/a.htm\r\nContent-Transfer-Encoding: " + encoding
                + "\r\nContent-Type: text/html; charset=\"" + charset + "\"\r\n\r\n" + body + "\r\n"
                + "------=_NextPart_01\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n"
                + "------=_NextPart_01--\r\n";
    }

    private static String quotedPrintable(byte[] b) {
        StringBuilder s = new StringBuilder();
        int col = 0;
        for (byte x : b) {
            int v = x & 0xff;
            String piece = v >= 33 && v <= 126 && v != '=' ? String.valueOf((char) v) : String.format("=%02X", v);
            if (col + piece.length() > 75) {
                s.append("=\r\n"); // a soft line break, as Word writes every 76 characters
                col = 0;
            }
            s.append(piece);
            col += piece.length();
        }
        return s.toString();
    }

    private static List<Sheet> read(String archive) throws ReadException {
        return Zhibiao.reader().read(new ByteArrayInputStream(archive.getBytes(StandardCharsets.ISO_8859_1)), "a.mht");
    }

    @Test
    void quotedPrintableUtf8() throws ReadException {
        List<Sheet> sheets = read(archive("quoted-printable", "utf-8", quotedPrintable(PAGE.getBytes(StandardCharsets.UTF_8))));
        assertEquals("农村公路养护", sheets.get(0).project());
        assertEquals("≥320公里", sheets.get(0).indicators().get(0).value());
    }

    @Test
    void base64InAChineseCharset() throws ReadException {
        String gbk = Base64.getMimeEncoder().encodeToString(PAGE.getBytes(Charset.forName("GB18030")));
        List<Sheet> sheets = read(archive("base64", "gb2312", gbk));
        assertEquals("养护里程", sheets.get(0).indicators().get(0).name());
    }

    @Test
    void recognisedByItsHeadersOnly() {
        assertTrue(Mht.is(archive("7bit", "utf-8", "x").getBytes(StandardCharsets.ISO_8859_1)));
        assertFalse(Mht.is("MIME-Version: 1.0 is a line of prose\n项目名称".getBytes(StandardCharsets.UTF_8)));
        ReadException e = assertThrows(ReadException.class, () -> Mht.html(
                "MIME-Version: 1.0\nContent-Type: multipart/related; boundary=b\n\n--b\nContent-Type: image/png\n\nxx\n--b--\n"
                        .getBytes(StandardCharsets.ISO_8859_1), "a.mht"));
        assertTrue(e.getMessage().contains("without an HTML part"), e.getMessage());
    }
}
