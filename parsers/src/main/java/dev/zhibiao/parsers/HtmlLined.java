package dev.zhibiao.parsers;

import java.util.Arrays;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Tag;

/**
 * The nodes {@link HtmlTree} builds (jsoup's own, each with where it starts in the page), and the page's
 * line starts, which give any node its line: one built here or one jsoup's parser built with position
 * tracking. Lines are counted from the start offset, not taken from jsoup's line numbers: jsoup 1.21
 * counts a node's line when it inserts the node, in a buffer of 2,048 characters refilled as it reads,
 * and a position before the last line break at the buffer's start gets that break's line (a text that
 * starts with a line break was a line late: {@code HtmlTreeTest}).
 */
final class HtmlLined {
    private HtmlLined() {
    }

    /** A node built here, with where it starts. */
    interface Lined {
        /** @return the offset in the page of the node's start, as jsoup's {@code sourceRange().start().pos()} */
        int start();
    }

    /** @return where the node starts in its page, or -1 when that is not known */
    static int startOf(Node n) {
        if (n instanceof Lined lined) {
            return lined.start();
        }
        return n.sourceRange().isTracked() ? n.sourceRange().start().pos() : -1;
    }

    /** The starts of a page's lines. */
    static final class Starts {
        private final int[] starts;

        /** @param src the page (line breaks as {@code \n} alone) */
        Starts(String src) {
            int count = 1;
            for (int i = src.indexOf('\n'); i >= 0; i = src.indexOf('\n', i + 1)) {
                count++;
            }
            starts = new int[count];
            int k = 1;
            for (int i = src.indexOf('\n'); i >= 0; i = src.indexOf('\n', i + 1)) {
                starts[k++] = i + 1;
            }
        }

        /** @return the 1-based line of a node's start, or -1 when its start is not known */
        int lineOf(Node n) {
            int pos = startOf(n);
            if (pos < 0) {
                return -1;
            }
            int i = Arrays.binarySearch(starts, pos);
            return i >= 0 ? i + 1 : -i - 1;
        }
    }

    /** An element with its start tag's offset. */
    static final class LinedElement extends Element implements Lined {
        private final int start;

        LinedElement(Tag tag, Attributes attributes, int start) {
            super(tag, "", attributes);
            this.start = start;
        }

        @Override
        public int start() {
            return start;
        }
    }

    /** A text with its first character's offset. */
    static final class LinedText extends TextNode implements Lined {
        private final int start;

        LinedText(String text, int start) {
            super(text);
            this.start = start;
        }

        @Override
        public int start() {
            return start;
        }
    }
}
