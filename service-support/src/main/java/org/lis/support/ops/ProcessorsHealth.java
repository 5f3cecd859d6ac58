package org.lis.support.ops;

import org.springframework.boot.actuate.health.CompositeHealthContributor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthContributor;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.NamedContributor;

import java.util.Iterator;

/**
 * {@code processors} in /actuator/health, one component per streaming processor, named so an orchestrator (which
 * sees components without signing in) knows which: DOWN while it is stuck on an event its handlers fail on,
 * OUT_OF_SERVICE while it is shut down on this instance, UP otherwise. Details (position, lag, the error) for
 * signed-in callers, as for every component.
 */
class ProcessorsHealth implements CompositeHealthContributor {

    private final ProcessorStatuses statuses;

    ProcessorsHealth(ProcessorStatuses statuses) {
        this.statuses = statuses;
    }

    @Override
    public HealthContributor getContributor(String name) {
        return statuses.processor(name).isPresent() ? indicator(name) : null;
    }

    @Override
    public Iterator<NamedContributor<HealthContributor>> iterator() {
        return statuses.names().stream()
                .map(name -> NamedContributor.<HealthContributor>of(name, indicator(name)))
                .iterator();
    }

    private HealthIndicator indicator(String name) {
        return () -> statuses.of(name).map(ProcessorsHealth::health).orElseGet(() -> Health.unknown().build());
    }

    static Health health(ProcessorState state) {
        Health.Builder builder = state.error() != null ? Health.down().withDetail("error", state.error())
                : state.running() ? Health.up() : Health.outOfService().withDetail("reason", "shut down");
        return builder.withDetail("position", state.position())
                .withDetail("lag", state.lag())
                .withDetail("replaying", state.replaying())
                .build();
    }
}
