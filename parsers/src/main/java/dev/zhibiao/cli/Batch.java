package dev.zhibiao.cli;

import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads a list of documents, one after another or on several threads, and hands each outcome to
 * the sink in input order as soon as it and every document before it are done. A document that
 * cannot be read is reported (standard error and an error record) and the batch goes on; a failed
 * write to the output stops it at once.
 */
final class Batch {
    private final Reading reading;
    private final int threads;
    private final PrintStream err;
    private final Progress progress;

    /**
     * @param reading  how each document is read
     * @param threads  documents read at once (1: one after another)
     * @param err      standard error, for one line per failed document
     * @param progress the progress line
     */
    Batch(Reading reading, int threads, PrintStream err, Progress progress) {
        this.reading = reading;
        this.threads = Math.max(1, threads);
        this.err = err;
        this.progress = progress;
    }

    /**
     * @param inputs the documents in order
     * @param sink   where results go
     * @return the counts
     * @throws Output.OutputFailed when writing the results fails (the batch stops)
     */
    Summary run(List<Inputs.Input> inputs, Sink sink) {
        Summary summary = new Summary(inputs.size());
        if (threads == 1 || inputs.size() < 2) {
            for (Inputs.Input in : inputs) {
                if (reading.streams(in)) {
                    stream(in, sink, summary);
                } else {
                    deliver(reading.read(in), sink, summary);
                }
            }
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "zhibiao-reader");
                t.setDaemon(true); // a stopped batch does not wait for documents still being read
                return t;
            });
            try {
                Deque<Pending> window = new ArrayDeque<>();
                int next = 0;
                // at most two documents per thread are read ahead of the output (bounded memory);
                // a long text document is streamed when its turn comes, on this thread
                while (next < inputs.size() || !window.isEmpty()) {
                    while (next < inputs.size() && window.size() < threads * 2) {
                        Inputs.Input in = inputs.get(next++);
                        window.add(new Pending(in, reading.streams(in) ? null : pool.submit(() -> reading.read(in))));
                    }
                    Pending p = window.poll();
                    if (p.read() == null) {
                        stream(p.in(), sink, summary);
                    } else {
                        deliver(take(p.read()), sink, summary);
                    }
                }
            } finally {
                pool.shutdownNow();
            }
        }
        progress.clear();
        sink.finish(summary);
        return summary;
    }

    /** A document of the window: its reading on a pool thread, or null when it is streamed in its turn. */
    private record Pending(Inputs.Input in, Future<Outcome> read) {
    }

    private static Outcome take(Future<Outcome> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            // Reading.read catches everything; this is a bug in the command line itself
            throw new IllegalStateException(Reading.oneLine(e.getCause()), e.getCause());
        }
    }

    /** Reads a long text document a sheet at a time, each sheet written as it is recovered. */
    private void stream(Inputs.Input in, Sink sink, Summary summary) {
        Outcome failed = reading.stream(in, sheet -> {
            summary.add(sheet);
            sink.accept(new Outcome(in, List.of(sheet), null, null));
        });
        if (failed == null) {
            summary.readOne();
            progress.update(summary);
        } else {
            deliver(failed, sink, summary);
        }
    }

    private void deliver(Outcome o, Sink sink, Summary summary) {
        summary.add(o);
        if (!o.ok()) {
            progress.clear();
            err.println("zhibiao: " + o.errorLine());
        }
        sink.accept(o);
        progress.update(summary);
    }

    @Override
    public String toString() {
        return "Batch[" + reading + ", " + threads + " threads]";
    }
}
