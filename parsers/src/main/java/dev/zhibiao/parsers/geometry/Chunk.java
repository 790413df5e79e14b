package dev.zhibiao.parsers.geometry;

import java.util.List;

/**
 * A horizontally separated run of glyphs within a line.
 *
 * @param left   left edge
 * @param right  right edge
 * @param top    top edge
 * @param glyphs the glyphs, left to right
 */
record Chunk(float left, float right, float top, List<Glyph> glyphs) {
    @Override
    public String toString() {
        return "Chunk[" + left + "-" + right + " " + GlyphText.chunkText(glyphs) + "]";
    }
}
