package dev.zhibiao.parsers;

import dev.zhibiao.internal.layout.Vocabulary;
import dev.zhibiao.internal.text.Text;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Whether the join of two keys can be vocabulary ({@link PdfTextReader#isVocabularyKey}), answered
 * without making the joined key when it cannot: the pdftotext passes ask of every pair of adjacent
 * fragments, and almost none is. When {@link Text#rekey} keeps the join (each part keeps itself),
 * {@code isVocabularyKey} is a lookup among a fixed set of words (the categories' labels and stems,
 * the table heading words, {@link PdfTextReader#VOCABULARY_WORDS}); the join's hash, computed from
 * the parts' hashes as {@link String#hashCode} defines it, not among theirs means not vocabulary.
 */
final class PdfTextJoinKeys {
    /** The hashes of every word {@code isVocabularyKey} accepts of a key {@code rekey} keeps, sorted. */
    private static final int[] HASHES;
    /** 31 to the power of the index, as {@code int} arithmetic wraps. */
    private static final int[] POW31 = new int[64];

    static {
        Set<String> words = new HashSet<>(Vocabulary.categoryKeys());
        words.addAll(PdfTextReader.TABLE_HEADER);
        words.addAll(PdfTextReader.VOCABULARY_WORDS);
        HASHES = words.stream().mapToInt(String::hashCode).sorted().distinct().toArray();
        int p = 1;
        for (int i = 0; i < POW31.length; i++) {
            POW31[i] = p;
            p *= 31;
        }
    }

    private PdfTextJoinKeys() {
    }

    /** @return {@code 31^n} in {@code int} arithmetic */
    static int pow31(int n) {
        if (n < POW31.length) {
            return POW31[n];
        }
        int p = POW31[POW31.length - 1];
        for (int i = POW31.length - 1; i < n; i++) {
            p *= 31;
        }
        return p;
    }

    /** @return {@code a.concat(b).hashCode()}, without the joined text */
    static int hashOfJoin(int hashA, String b) {
        return hashA * pow31(b.length()) + b.hashCode();
    }

    /**
     * @param hash a key's hash ({@link String#hashCode})
     * @return false when a key of this hash that {@link Text#rekey} keeps cannot be vocabulary
     */
    static boolean mayBeVocabulary(int hash) {
        return Arrays.binarySearch(HASHES, hash) >= 0;
    }

    /**
     * @param a a key
     * @param b the key joined after it
     * @return false only when {@code PdfTextReader.isVocabularyKey(a + b)} is false
     */
    static boolean mayBeVocabularyJoin(String a, String b) {
        return !Text.rekeyKeeps(a) || !Text.rekeyKeeps(b) || mayBeVocabulary(hashOfJoin(a.hashCode(), b));
    }
}
