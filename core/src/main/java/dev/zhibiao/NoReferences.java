package dev.zhibiao;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The references of {@link Target#test(Target)}: none known. A class of its own, not the lambda
 * {@code ref -> null}, which costs a class spun at start-up.
 */
final class NoReferences implements Function<String, @Nullable Quantity> {
    static final NoReferences NONE = new NoReferences();

    private NoReferences() {
    }

    @Override
    public @Nullable Quantity apply(String reference) {
        return null;
    }
}
