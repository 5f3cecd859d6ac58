package org.lis.console.web;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;

/**
 * Reads again, briefly, until a read shows what the person has just done. The services' read models follow a
 * write within moments; a page the person is sent back to after a form should not show the world before it.
 * After ten seconds the page shows what there is: on a machine busy enough to keep a read model three seconds
 * behind (a full build beside the browser), a reschedule was shown with the old day.
 */
public final class Follow {

    private static final int TRIES = 100;
    private static final Duration PAUSE = Duration.ofMillis(100);

    private Follow() {
    }

    public static <T> Mono<T> until(Supplier<Mono<T>> read, Predicate<T> shows) {
        return Mono.defer(read).filter(shows)
                .repeatWhenEmpty(TRIES, attempts -> attempts.delayElements(PAUSE))
                .onErrorResume(IllegalStateException.class, notYet -> read.get());
    }
}
