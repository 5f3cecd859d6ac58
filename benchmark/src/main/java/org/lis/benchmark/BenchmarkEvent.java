package org.lis.benchmark;

/** The payload every benchmark event carries: small, like the product's events. */
public record BenchmarkEvent(String aggregateId, long number, String note) {
}
