package dev.zhibiao.parsers;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScanDebugTest {
    @Test
    void debug() throws Exception {
        String f = System.getProperty("scan.file");
        if (f == null) {
            return;
        }
        byte[] bytes = Files.readAllBytes(Path.of(f));
        try (var pdf = org.apache.pdfbox.pdmodel.PDDocument.load(bytes)) {
            BufferedImage img = new org.apache.pdfbox.rendering.PDFRenderer(pdf).renderImageWithDPI(0, 300, org.apache.pdfbox.rendering.ImageType.GRAY);
            long t0 = System.nanoTime();
            PageImage p = PageImage.of(img);
            int dk = 0; for (boolean b : p.dark) if (b) dk++;
            System.out.println("type " + img.getType() + " dark " + dk + " of " + p.dark.length + " measure " + p.measureSkew());
            System.out.println("skew " + p.skew + " in " + (System.nanoTime() - t0) / 1e6 + " ms");
            var h = RuleGrid.rules(p, true, 105, 3, 12);
            var v = RuleGrid.rules(p, false, 54, 3, 12);
            System.out.println("h " + h.size() + " v " + v.size());
            h.stream().limit(30).forEach(System.out::println);
            v.stream().limit(30).forEach(System.out::println);
            var t = RuleGrid.tables(p, 300);
            System.out.println("tables " + t.size() + " " + t);
            javax.imageio.ImageIO.write(p.grey, "png", new java.io.File("/tmp/scan/dbg/straight.png"));
        }
    }
}
