package dev.zhibiao.parsers;

import java.util.AbstractList;
import java.util.List;
import java.util.Set;

/** Lists of words asked whether they hold a text more often than they are walked. */
final class WordList {
    private WordList() {
    }

    /**
     * {@code words} as an unmodifiable list in its order whose {@code contains} is a hash lookup
     * (a {@link List#of} list compares with each word in turn); {@code contains(null)} throws, as a
     * {@link List#of} list's does.
     *
     * @param words the words, none null
     * @return the same words
     */
    static List<String> hashed(List<String> words) {
        Set<String> set = Set.copyOf(words);
        List<String> list = List.copyOf(words);
        return new AbstractList<>() {
            @Override
            public String get(int i) {
                return list.get(i);
            }

            @Override
            public int size() {
                return list.size();
            }

            @Override
            public boolean contains(Object o) {
                return set.contains(o);
            }
        };
    }
}
