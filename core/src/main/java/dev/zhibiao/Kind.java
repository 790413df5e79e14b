package dev.zhibiao;

/** The kinds of sheet: targets, a self-evaluation after the year, and monitoring during it. */
public enum Kind {
    /** 绩效目标表: targets set before the year. */
    TARGET("target"),
    /** 绩效自评表: a self-evaluation with actual values after the year. */
    SELF_EVALUATION("self_evaluation"),
    /**
     * 绩效监控表 / 绩效运行监控表: monitoring during the year, values reached by a date (1-7月执行情况)
     * beside the year's targets. Its indicators' {@code actual} is the value to that date and
     * {@code met} is null (the year is not over); its money items carry budget, executed and rate.
     */
    MONITORING("monitoring");

    private final String json;

    Kind(String json) {
        this.json = json;
    }

    /** @return the Sheet JSON spelling ({@code "target"}, {@code "self_evaluation"} or {@code "monitoring"}) */
    public String json() {
        return json;
    }

    /**
     * @return whether sheets of this kind report what was done (actual values, money executed):
     *         self-evaluations and monitoring sheets
     */
    public boolean reportsExecution() {
        return this != TARGET;
    }
}
