package org.lis.workshop.config;

import org.axonframework.common.caching.Cache;

/**
 * One cache per aggregate type. A cache is keyed by aggregate id alone, so a shared one would hand a command
 * sent to a hypothesis' id the cached hypothesis where a workshop is expected (or the other way round).
 */
public record AggregateCaches(Cache workshops, Cache hypotheses) {
}
