package dev.zhibiao.internal.layout;

import dev.zhibiao.Sheet;
import java.util.List;

/** Layout recovery: rows of a document to sheets. */
public final class Recovery {
    private Recovery() {
    }

    /**
     * @param doc a document
     * @return its sheets in document order
     */
    public static List<Sheet> recover(Document doc) {
        return List.of();
    }
}
