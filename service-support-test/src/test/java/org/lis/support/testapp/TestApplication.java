package org.lis.support.testapp;

import org.lis.support.axon.AggregateRegistration;
import org.lis.support.axon.LisAxonProperties;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** A toy service on top of service-support, so its wiring is tested the way the services use it. */
@SpringBootApplication
public class TestApplication {

    @Bean
    AggregateRegistration<Ticket> ticketAggregate(LisAxonProperties axon) {
        return AggregateRegistration.snapshotted(Ticket.class, axon);
    }
}
