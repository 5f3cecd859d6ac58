package org.lis.support.web;

import com.mongodb.reactivestreams.client.FindPublisher;
import java.util.function.Function;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** One page of a list read from MongoDB. */
public final class Pages {

    private Pages() {
    }

    /** The page's items, each made from its document, and the total of the whole list. */
    public static <D, T> Mono<PageResponse<T>> read(FindPublisher<D> find, Publisher<Long> total, PageRequest page,
                                                    Function<D, T> item) {
        return Mono.zip(slice(find, page).map(item).collectList(), Mono.from(total),
                (items, count) -> PageResponse.of(items, page, count));
    }

    /**
     * The documents of the page. The driver skips by an int: a page further on than that reaches is past the
     * end of any list a service holds, so it is empty rather than wrapped round to some other page.
     */
    public static <T> Flux<T> slice(FindPublisher<T> find, PageRequest page) {
        if (page.offset() > Integer.MAX_VALUE) {
            return Flux.empty();
        }
        return Flux.from(find.skip((int) page.offset()).limit(page.size()));
    }
}
