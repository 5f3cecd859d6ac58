package org.lis.workshop.live;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

/** How many live streams are open, for operators and for checking that closed screens are released. */
@Component
public class LiveScreens {

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
