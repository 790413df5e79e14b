/**
 * zhibiao test kit: generators, printers, damage and the scorer, for regression and property
 * tests of a user's own sheets.
 *
 * <p>Only {@code dev.zhibiao.testkit} is API.
 */
module dev.zhibiao.testkit {
    requires transitive dev.zhibiao.parsers;
    requires com.ibm.icu;

    exports dev.zhibiao.testkit;
}
