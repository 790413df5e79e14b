package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Kind;
import dev.zhibiao.Sheet;
import dev.zhibiao.read.ReadException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The queues that let a streamed reading take two cores keep the order, the errors and the end. */
class PipeTest {

    @Test
    void itemsComeInOrderThenTheProducersErrorThenNothing() throws Exception {
        try (Pipe<Integer> p = new Pipe<>("test", put -> {
            for (int i = 0; i < 100; i++) {
                put.accept(i);
            }
            throw new ReadException("doc", "over a limit");
        })) {
            for (int i = 0; i < 100; i++) {
                assertEquals(i, p.next());
            }
            ReadException e = assertThrows(ReadException.class, p::next);
            assertEquals("doc: over a limit", e.getMessage());
            assertNull(p.next());
        }
    }

    @Test
    void anErrorOfTheProducerIsThrownAsItself() throws Exception {
        try (Pipe<Integer> p = new Pipe<>("test", put -> {
            throw new OutOfMemoryError("Java heap space");
        })) {
            assertThrows(OutOfMemoryError.class, p::next);
        }
    }

    @Test
    void closingStopsTheProducer() throws Exception {
        AtomicInteger produced = new AtomicInteger();
        AtomicBoolean finished = new AtomicBoolean();
        Pipe<Integer> p = new Pipe<>("test", put -> {
            for (int i = 0; i < 1_000_000; i++) {
                put.accept(i);
                produced.incrementAndGet();
            }
            finished.set(true);
        });
        assertEquals(0, p.next());
        p.close(); // returns once the producer's thread has ended
        assertFalse(finished.get());
        assertTrue(produced.get() <= 1 + 2 * Pipe.CAPACITY, "produced " + produced.get());
    }

    @Test
    void theSpoolGivesBackEverySheetInOrder() throws Exception {
        List<String> back = new ArrayList<>();
        try (Spool s = new Spool("doc")) {
            for (int i = 0; i < 500; i++) {
                s.add(Sheet.builder(Kind.TARGET).source("doc").project("项目" + i).build());
            }
            assertEquals(500, s.size());
            s.forEach(sheet -> back.add(sheet.project()));
        }
        assertEquals(500, back.size());
        for (int i = 0; i < 500; i++) {
            assertEquals("项目" + i, back.get(i));
        }
    }
}
