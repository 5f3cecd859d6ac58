package org.lis.console.client;

import reactor.core.publisher.Mono;

/**
 * The Authorization header the console sends to the services on behalf of the person signed in: the host
 * decides what it is (the gateway's short-lived relay token; Basic for the demo users in tests).
 */
public interface ServiceAuthorization {

    /** The header's value for the current request. */
    Mono<String> header();
}
