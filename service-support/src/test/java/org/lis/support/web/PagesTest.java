package org.lis.support.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import com.mongodb.reactivestreams.client.FindPublisher;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Subscriber;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class PagesTest {

    @SuppressWarnings("unchecked")
    private final FindPublisher<String> find = mock(FindPublisher.class, RETURNS_SELF);

    @Test
    void canReadAPageWithTheTotalOfTheList() {
        doAnswer(call -> {
            Flux.just("a", "b").subscribe(call.<Subscriber<String>>getArgument(0));
            return null;
        }).when(find).subscribe(any());

        StepVerifier.create(Pages.read(find, Mono.just(7L), PageRequest.of(3, 2), String::toUpperCase))
                .expectNext(new PageResponse<>(List.of("A", "B"), 3, 2, 7))
                .verifyComplete();
        verify(find).skip(6);
        verify(find).limit(2);
    }

    /** page * size past the driver's int skip would wrap round to a negative skip, which reads the first page. */
    @Test
    void cannotReachBackToTheFirstPageFromAPageFarBeyondTheEnd() {
        StepVerifier.create(Pages.read(find, Mono.just(7L), PageRequest.of(5_000_000, 500), String::valueOf))
                .expectNext(new PageResponse<>(List.of(), 5_000_000, 500, 7))
                .verifyComplete();
        verify(find, never()).skip(anyInt());
    }
}
