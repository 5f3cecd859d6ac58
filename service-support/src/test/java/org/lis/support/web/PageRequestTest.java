package org.lis.support.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lis.support.error.DomainException;

class PageRequestTest {

    @Test
    void canDefaultToTheFirstPageOf50() {
        assertThat(PageRequest.of(null, null)).isEqualTo(new PageRequest(0, 50));
    }

    @Test
    void canAskForLaterPagesUpTo500Items() {
        PageRequest request = PageRequest.of(3, 500);
        assertThat(request.offset()).isEqualTo(1500);
        assertThat(PageResponse.of(List.of("a"), request, 1501)).isEqualTo(new PageResponse<>(List.of("a"), 3, 500, 1501));
    }

    @Test
    void cannotAskForNegativePagesOrSizesOutOfRange() {
        assertThatThrownBy(() -> PageRequest.of(-1, null)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> PageRequest.of(0, 0)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> PageRequest.of(0, 501)).isInstanceOf(DomainException.class);
    }
}
