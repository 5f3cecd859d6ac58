package org.lis.workshop.mongo;

import org.lis.support.web.PageRequest;

import com.mongodb.reactivestreams.client.FindPublisher;

import reactor.core.publisher.Flux;

/** One page of a list read. */
public final class Pages {

    private Pages() {
    }

    /**
     * The driver skips by an int: a page further on than that reaches is past the end of any list this
     * service holds, so it is empty rather than wrapped round to some other page.
     */
    public static <T> Flux<T> read(FindPublisher<T> find, PageRequest page) {
        if (page.offset() > Integer.MAX_VALUE) {
            return Flux.empty();
        }
        return Flux.from(find.skip((int) page.offset()).limit(page.size()));
    }
}
