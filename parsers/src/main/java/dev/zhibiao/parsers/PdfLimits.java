package dev.zhibiao.parsers;

import dev.zhibiao.read.Limits;
import dev.zhibiao.read.ReadException;
import java.io.IOException;
import java.io.Writer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** The {@link Limits} of a PDF: pages, glyphs per page and PDFBox's stream memory. */
final class PdfLimits {
    private PdfLimits() {
    }

    /**
     * The pages of a PDF, counted by walking its page tree (a damaged or hostile tree may claim
     * {@code /Count 2147483647}), refused past {@link Limits#pdfPages()}.
     */
    static int pages(PDDocument pdf, String source, Limits limits) throws ReadException {
        long claimed = pdf.getNumberOfPages();
        int n = 0;
        for (PDPage ignored : pdf.getPages()) {
            if (++n > limits.pdfPages()) {
                throw limits.exceeded(source, "pdfPages", "the PDF has more than " + limits.pdfPages() + " pages");
            }
            if (n >= claimed) {
                break;
            }
        }
        return n;
    }

    /** Thrown by the counter to stop at the first page over the limit. */
    private static final class TooMany extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int page;

        TooMany(int page) {
            super(null, null, false, false);
            this.page = page;
        }
    }

    /**
     * Counts the glyphs of each page before tabula extracts them (PDFBox keeps a page's text
     * positions in memory), refusing a page with more than {@link Limits#glyphsPerPage()}.
     */
    static void glyphs(PDDocument pdf, int pages, String source, Limits limits) throws ReadException, IOException {
        long max = limits.glyphsPerPage();
        PDFTextStripper counter = new PDFTextStripper() {
            private long n;
            private int page;

            @Override
            protected void startPage(PDPage p) throws IOException {
                n = 0;
                page++;
                super.startPage(p);
            }

            @Override
            protected void processTextPosition(TextPosition text) {
                if (++n > max) {
                    throw new TooMany(page);
                }
                // not kept: only the count matters
            }
        };
        counter.setStartPage(1);
        counter.setEndPage(pages);
        try {
            counter.writeText(pdf, Writer.nullWriter());
        } catch (TooMany e) {
            throw limits.exceeded(source, "glyphsPerPage", "page " + e.page + " of the PDF has more than " + max + " glyphs");
        } catch (IOException | RuntimeException e) {
            ReadException r = refusal(e, source, limits, null);
            if (r.getMessage().contains("pdfStreamBytes")) {
                throw r;
            }
            // a damaged page: the extraction that follows names it
        }
    }

    /** The refusal for a failure: the stream memory limit when PDFBox ran out of it, else {@code message}. */
    static ReadException refusal(Throwable e, String source, Limits limits, String message) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ReadException r) {
                return r;
            }
            String m = t.getMessage();
            if (m != null && m.contains("Maximum allowed scratch file memory exceeded")) {
                return limits.exceeded(source, "pdfStreamBytes", "the PDF's streams take more than "
                        + limits.pdfStreamBytes() + " bytes decoded");
            }
        }
        return new ReadException(source, message, e);
    }
}
