package org.lis.engagement.config;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;

/**
 * The partner and programme caches, one per aggregate type (see {@link AggregateConfig}). A bean, so
 * that an operator tool or a test can empty them and make the next command load from the event store.
 */
public class AggregateCaches {

    private final Cache partners = new WeakReferenceCache();
    private final Cache programmes = new WeakReferenceCache();

    public Cache partners() {
        return partners;
    }

    public Cache programmes() {
        return programmes;
    }
}
