package org.lis.localstack.demo;

/** A response to the consultation window; every one is illustrative, from an illustrative business. */
record DemoResponse(String key, String partner, String receivedOn, String stance, String summary) {
}
