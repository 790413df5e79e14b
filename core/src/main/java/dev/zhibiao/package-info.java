/**
 * The public face of zhibiao: the recovered {@link dev.zhibiao.Sheet} and its parts, typed
 * {@link dev.zhibiao.Target}s read by {@link dev.zhibiao.Targets}, {@link dev.zhibiao.Diagnostic}s
 * and the JSON export {@link dev.zhibiao.SheetJson}. Reading documents starts at
 * {@code dev.zhibiao.read.Zhibiao} in {@code zhibiao-parsers}.
 *
 * <p>Null-marked (JSpecify): a type is never null unless annotated {@code @Nullable}.
 */
@NullMarked
package dev.zhibiao;

import org.jspecify.annotations.NullMarked;
