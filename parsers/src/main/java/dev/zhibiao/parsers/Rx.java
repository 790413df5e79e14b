package dev.zhibiao.parsers;

import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Regular expressions written inline in the pdftotext reader, each compiled once ({@code String.matches},
 * {@code split} and {@code replaceAll} compile their pattern on every call).
 */
final class Rx {
    private static final ConcurrentHashMap<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    private Rx() {
    }

    static Pattern of(String regex) {
        return PATTERNS.computeIfAbsent(regex, Pattern::compile);
    }

    static boolean matches(String s, String regex) {
        return of(regex).matcher(s).matches();
    }

    static String replaceAll(String s, String regex, String replacement) {
        return of(regex).matcher(s).replaceAll(replacement);
    }

    static String replaceFirst(String s, String regex, String replacement) {
        return of(regex).matcher(s).replaceFirst(replacement);
    }

    static String[] split(String s, String regex) {
        return of(regex).split(s);
    }

    static String[] split(String s, String regex, int limit) {
        return of(regex).split(s, limit);
    }
}
