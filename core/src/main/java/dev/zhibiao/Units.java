package dev.zhibiao;

import dev.zhibiao.internal.text.Text;

/** Unit and text comparison rules shared by the target types. */
final class Units {
    private Units() {
    }

    /** Units are compatible when equal or when either side has none. */
    static boolean compatible(String a, String b) {
        return a == null || b == null || a.equals(b);
    }

    /** Texts are the same after folding (NFKC, simplified, no white space, no final punctuation). */
    static boolean sameText(String a, String b) {
        return Text.key(a).equals(Text.key(b));
    }
}
