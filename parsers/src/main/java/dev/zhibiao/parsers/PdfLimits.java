package dev.zhibiao.parsers;

import dev.zhibiao.read.Limits;
import dev.zhibiao.read.ReadException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.text.BeginText;
import org.apache.pdfbox.contentstream.operator.text.EndText;
import org.apache.pdfbox.contentstream.operator.text.SetFontAndSize;
import org.apache.pdfbox.contentstream.operator.text.ShowText;
import org.apache.pdfbox.contentstream.operator.text.ShowTextAdjusted;
import org.apache.pdfbox.contentstream.operator.text.ShowTextLine;
import org.apache.pdfbox.contentstream.operator.text.ShowTextLineAndSpace;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;

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
     * positions in memory), refusing a page with more than {@link Limits#glyphsPerPage()}. Only
     * the operators that choose a font and show text are run, and each string is cut into its
     * character codes by the font without placing or mapping them (a full text extraction here
     * cost a third of reading a page): every glyph a page shows is counted. A page that draws no
     * form and whose content has fewer bytes than the limit is not run at all.
     */
    static void glyphs(PDDocument pdf, int pages, String source, Limits limits) throws ReadException, IOException {
        long max = limits.glyphsPerPage();
        GlyphCounter counter = new GlyphCounter(max);
        try {
            int p = 0;
            for (PDPage page : pdf.getPages()) {
                if (++p > pages) {
                    break;
                }
                counter.count(page, p);
            }
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

    /** Runs a page's text operators (font, text objects, strings, forms) and counts the codes shown. */
    private static final class GlyphCounter extends PDFStreamEngine {
        private final long max;
        private long n;
        private int page;

        GlyphCounter(long max) {
            this.max = max;
            addOperator(new BeginText());
            addOperator(new EndText());
            addOperator(new SetFontAndSize());
            addOperator(new ShowText());
            addOperator(new ShowTextAdjusted());
            addOperator(new ShowTextLine());
            addOperator(new ShowTextLineAndSpace());
            addOperator(new Save());
            addOperator(new Restore());
            addOperator(new DrawObject());
        }

        void count(PDPage p, int pageNo) throws IOException {
            n = 0;
            page = pageNo;
            if (!hasForms(p.getResources()) && contentBytes(p) <= max) {
                return; // each glyph shown takes a byte of a string in the page's content at least
            }
            processPage(p);
        }

        /** Whether the page draws XObjects other than images (forms may be drawn many times). */
        private static boolean hasForms(PDResources resources) {
            if (resources == null) {
                return false;
            }
            for (COSName name : resources.getXObjectNames()) {
                if (!resources.isImageXObject(name)) {
                    return true;
                }
            }
            return false;
        }

        /** The bytes of the page's content, decoded, counted up to just past {@link #max}. */
        private long contentBytes(PDPage p) {
            long bytes = 0;
            try (InputStream in = p.getContents()) {
                byte[] buffer = new byte[8192];
                for (int r = in.read(buffer); r >= 0 && bytes <= max; r = in.read(buffer)) {
                    bytes += r;
                }
            } catch (IOException | RuntimeException e) {
                return Long.MAX_VALUE; // counted the long way, which names a damaged page
            }
            return bytes;
        }

        @Override
        protected void showText(byte[] string) throws IOException {
            PDFont font = getGraphicsState().getTextState().getFont();
            if (font == null) {
                font = PDType1Font.HELVETICA; // as PDFBox does when no font is set
            }
            InputStream in = new ByteArrayInputStream(string);
            while (in.available() > 0) {
                font.readCode(in);
                if (++n > max) {
                    throw new TooMany(page);
                }
            }
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
