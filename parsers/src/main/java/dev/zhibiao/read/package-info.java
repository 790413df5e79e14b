/**
 * Reading documents: the entry point {@link dev.zhibiao.read.Zhibiao}, the renderings
 * ({@link dev.zhibiao.read.Format}), the rows a reader makes of a document before recovery
 * ({@link dev.zhibiao.read.SourceRows}) and the one-line {@link dev.zhibiao.read.ReadException}.
 * The model the readers produce is in {@code dev.zhibiao} ({@code zhibiao-core}).
 *
 * <p>Null-marked (JSpecify): a type is never null unless annotated {@code @Nullable}.
 */
@NullMarked
package dev.zhibiao.read;

import org.jspecify.annotations.NullMarked;
