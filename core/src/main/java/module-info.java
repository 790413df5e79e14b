/**
 * zhibiao core: the sheet model, the comparator grammar and layout recovery.
 *
 * <p>Only {@code dev.zhibiao} is API. The internal packages are exported to the readers of
 * {@code zhibiao-parsers} alone.
 */
module dev.zhibiao.core {
    requires static transitive org.jspecify;

    exports dev.zhibiao;
    exports dev.zhibiao.internal.layout to dev.zhibiao.parsers, dev.zhibiao.fixtures;
    exports dev.zhibiao.internal.text to dev.zhibiao.parsers, dev.zhibiao.fixtures, dev.zhibiao.testkit;
    exports dev.zhibiao.internal.json to dev.zhibiao.parsers, dev.zhibiao.fixtures, dev.zhibiao.testkit;
    exports dev.zhibiao.internal.grammar to dev.zhibiao.parsers, dev.zhibiao.fixtures;
}
