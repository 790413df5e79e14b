package dev.zhibiao.parsers;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * A producer running on a thread of its own, handing items to the thread that reads them through a
 * queue of {@link #CAPACITY} items: {@link TextStream} reads the next chunk of a long document while
 * the last one is recovered, so a streamed reading takes two cores. What the producer throws is
 * thrown by {@link #next} in the reading thread, in order after the items put before it; closing the
 * pipe stops the producer (its next {@code put} ends it). Not API.
 *
 * @param <T> what is handed on
 */
final class Pipe<T> implements AutoCloseable {
    /** Items waiting at most: bounds what is held ahead of the reader (chunks of text, or sheets). */
    static final int CAPACITY = 2;
    private static final Object END = new Object();

    /** The work of the producer thread. */
    interface Producer<T> {
        /**
         * @param put hands one item on (blocks while the queue is full)
         * @throws Exception anything, rethrown by {@link #next}
         */
        void run(Consumer<T> put) throws Exception;
    }

    /** What the producer threw. */
    private record Failure(Throwable thrown) {
    }

    /** Thrown inside the producer when the pipe was closed: ends its work. */
    private static final class Closed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Closed() {
            super(null, null, false, false);
        }
    }

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final Thread thread;
    private volatile boolean closed;
    private boolean ended;

    /**
     * Starts the producer.
     *
     * @param name     the thread's name
     * @param producer its work
     */
    Pipe(String name, Producer<T> producer) {
        thread = new Thread(() -> {
            Object last = END;
            try {
                producer.run(this::put);
            } catch (Closed e) {
                return;
            } catch (Throwable e) {
                last = new Failure(e);
            }
            try {
                queue.put(last);
            } catch (InterruptedException e) {
                // closed meanwhile: nobody reads it
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }

    private void put(T item) {
        if (closed) {
            throw new Closed();
        }
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            throw new Closed();
        }
    }

    /**
     * @return the next item, or null after the last
     * @throws IOException what the producer threw (an unchecked exception or an error as itself)
     */
    @SuppressWarnings("unchecked")
    T next() throws IOException {
        if (ended) {
            return null;
        }
        Object o;
        try {
            o = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading");
        }
        if (o == END) {
            ended = true;
            return null;
        }
        if (o instanceof Failure f) {
            ended = true;
            Throwable t = f.thrown();
            if (t instanceof IOException e) {
                throw e;
            }
            if (t instanceof RuntimeException e) {
                throw e;
            }
            if (t instanceof Error e) {
                throw e;
            }
            throw new IOException(t);
        }
        return (T) o;
    }

    /** Stops the producer and waits for its thread to end. */
    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        queue.clear();
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "Pipe[" + thread.getName() + (ended ? ", ended" : "") + "]";
    }
}
