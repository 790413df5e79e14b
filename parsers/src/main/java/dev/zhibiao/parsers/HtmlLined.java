package dev.zhibiao.parsers;

import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Tag;

/**
 * The nodes {@link HtmlTree} builds: jsoup's own, each with its source line as jsoup's position tracking gives it,
 * or the mark that jsoup may give another ({@link HtmlTree}'s class comment says when).
 */
final class HtmlLined {
    private HtmlLined() {
    }

    /** A node built here, with its line as jsoup's position tracking gives it. */
    interface Lined {
        /**
         * @return the 1-based source line of the node's start
         * @throws Unsure when jsoup may give another line (see the class comment)
         */
        int line();
    }

    /** A line jsoup may count otherwise was asked: the page is to be parsed by jsoup. */
    static final class Unsure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private Unsure() {
            super(null, null, false, false);
        }
    }

    private static final Unsure UNSURE = new Unsure();
    /** The line of a node whose line jsoup may count otherwise. */
    static final int NOT_SURE = -1;

    /** An element with its start tag's line. */
    static final class LinedElement extends Element implements Lined {
        private final int line;

        LinedElement(Tag tag, Attributes attributes, int line) {
            super(tag, "", attributes);
            this.line = line;
        }

        @Override
        public int line() {
            if (line == NOT_SURE) {
                throw UNSURE;
            }
            return line;
        }
    }

    /** A text with its first character's line. */
    static final class LinedText extends TextNode implements Lined {
        private final int line;

        LinedText(String text, int line) {
            super(text);
            this.line = line;
        }

        @Override
        public int line() {
            if (line == NOT_SURE) {
                throw UNSURE;
            }
            return line;
        }
    }
}
