package dev.zhibiao;

import org.jspecify.annotations.Nullable;

/** 指标方向性: whether more of an indicator is better (正向指标) or less is (反向指标). */
public enum Direction {
    /** 正向指标: the higher, the better. */
    POSITIVE("positive"),
    /** 反向指标: the lower, the better. */
    NEGATIVE("negative");

    private final String json;

    Direction(String json) {
        this.json = json;
    }

    /** @return the Sheet JSON spelling ({@code "positive"} or {@code "negative"}) */
    public String json() {
        return json;
    }

    /**
     * @param json {@code "positive"}, {@code "negative"} or null
     * @return the direction, or null for null
     * @throws IllegalArgumentException for any other text
     */
    public static @Nullable Direction fromJson(@Nullable String json) {
        if (json == null) {
            return null;
        }
        for (Direction d : values()) {
            if (d.json.equals(json)) {
                return d;
            }
        }
        throw new IllegalArgumentException("direction is not \"positive\", \"negative\" or null: " + json);
    }
}
