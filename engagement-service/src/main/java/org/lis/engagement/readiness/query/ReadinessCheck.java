package org.lis.engagement.readiness.query;

/** One of the board's readiness rules, whether it holds, and why, in words the board reads. */
public record ReadinessCheck(String name, boolean passed, String detail) {
}
