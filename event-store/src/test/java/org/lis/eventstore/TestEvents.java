package org.lis.eventstore;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Event payloads the tests store. */
final class TestEvents {

    private TestEvents() {
    }

    record ItemAdded(String itemId, int quantity) {
    }

    record Detail(String label, long weight, List<Integer> sizes) {
    }

    record RichEvent(int small, long big, long smallLong, double ratio, String text, Detail detail,
                     List<Detail> details, Map<String, Object> extra, Instant at, String absent) {
    }

    /** The old shape of a renamed event, as it was stored before an upcaster existed. */
    record ItemCountedV1(String itemId, int count) {
    }

    /** The current shape: {@code count} became {@code quantity}. */
    record ItemCounted(String itemId, int quantity) {
    }
}
