package org.lis.eventstore;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.lis.eventstore.TestEvents.ItemAdded;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A tiny event-sourced aggregate: an item whose quantity grows. */
class TestItem {

    @AggregateIdentifier
    private String itemId;
    private int quantity;

    TestItem() {
        // for Axon and for snapshots
    }

    TestItem(String itemId) {
        apply(new ItemAdded(itemId, 0));
    }

    void add(int amount) {
        apply(new ItemAdded(itemId, amount));
    }

    int quantity() {
        return quantity;
    }

    @EventSourcingHandler
    void on(ItemAdded event) {
        itemId = event.itemId();
        quantity += event.quantity();
    }
}
