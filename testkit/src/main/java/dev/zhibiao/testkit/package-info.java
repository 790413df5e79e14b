/**
 * The zhibiao test kit: {@link dev.zhibiao.testkit.ZhibiaoTestkit} and its building blocks, for
 * property-based and regression tests of zhibiao on your own sheets. Nothing here reads a corpus.
 */
package dev.zhibiao.testkit;
