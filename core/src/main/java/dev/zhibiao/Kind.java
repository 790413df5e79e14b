package dev.zhibiao;

/** The two kinds of sheet. */
public enum Kind {
    /** 绩效目标表: targets set before the year. */
    TARGET("target"),
    /** 绩效自评表: a self-evaluation with actual values after the year. */
    SELF_EVALUATION("self_evaluation");

    private final String json;

    Kind(String json) {
        this.json = json;
    }

    /** @return the Sheet JSON spelling ({@code "target"} or {@code "self_evaluation"}) */
    public String json() {
        return json;
    }
}
