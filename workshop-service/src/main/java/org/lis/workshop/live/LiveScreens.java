package org.lis.workshop.live;

import java.util.concurrent.atomic.AtomicInteger;

import org.lis.support.web.StopSignal;
import org.springframework.stereotype.Component;

/**
 * The room screens' live streams: how many are open, for operators and for checking that closed screens are
 * released, and their end when the service begins to stop (a screen whose stream ends reconnects, to another
 * instance or to this one once restarted).
 */
@Component
public class LiveScreens extends StopSignal {

    private final AtomicInteger open = new AtomicInteger();

    public int open() {
        return open.get();
    }

    void opened() {
        open.incrementAndGet();
    }

    void closed() {
        open.decrementAndGet();
    }
}
