package dev.zhibiao.internal.text;

import java.util.regex.Pattern;

/**
 * A regular expression compiled at its first use instead of in its class's static initialiser: a
 * one-sheet extract loads classes whose expressions it never asks, and some expressions' character
 * classes make {@link Pattern#compile} spin lambda classes (the first of which costs the whole
 * {@code invokedynamic} machinery at start-up).
 */
public final class LazyPattern {
    private final String regex;
    private final int flags;
    private volatile Pattern compiled;

    /**
     * @param regex the expression
     * @param flags {@link Pattern#compile(String, int)}'s flags
     */
    public LazyPattern(String regex, int flags) {
        this.regex = regex;
        this.flags = flags;
    }

    /** @param regex the expression, no flags */
    public LazyPattern(String regex) {
        this(regex, 0);
    }

    /** @return the compiled expression (compiled once; a race compiles it twice, to equal patterns) */
    public Pattern get() {
        Pattern p = compiled;
        if (p == null) {
            p = Pattern.compile(regex, flags);
            compiled = p;
        }
        return p;
    }

    @Override
    public String toString() {
        return regex;
    }
}
