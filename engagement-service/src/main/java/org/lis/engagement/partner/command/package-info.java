/**
 * The partner aggregate and the command handlers of the features that change a partner.
 * <p>
 * Rules that need more than one aggregate's events (a name no other partner has, a programme that exists,
 * readiness from the coverage read model) and work that must not reach an event in plain text (a contact's
 * key and encryption) are done on the command side, in a {@code @Component} with {@code @CommandHandler}
 * methods per feature ({@link org.lis.engagement.partner.command.PartnerCommandHandler},
 * {@link org.lis.engagement.contact.command.ContactCommandHandler},
 * {@link org.lis.engagement.activity.command.ActivityCommandHandler},
 * {@link org.lis.engagement.programme.command.AdoptionCommandHandler}). Each does its lookup, then loads or
 * creates the aggregate through Axon's {@code Repository} (with the command's expected version, so If-Match
 * is compared as before) and calls the aggregate's method, which checks its own rules and applies. So every
 * sender, not only the web layer, goes through the same rules, and the aggregates do no I/O.
 * <p>
 * Why handlers and not interceptors: an interceptor would have to replace the command it lets through (the
 * encrypted contact, the failed checks) and would see every command of the bus; a handler says plainly, per
 * command, what it looks up and what it gives the aggregate. Side effects are tied to the unit of work: a
 * claimed name or a new key is given back when it rolls back, so a refused or failed command leaves nothing
 * behind, whoever sent it. The handlers run on the thread that sent the command, which {@code CommandSender}
 * keeps off the HTTP event loop, so they block, bounded by {@code lis.command.timeout}, on the reactive
 * lookups, which wait (bounded) for their projections on a miss as before.
 */
package org.lis.engagement.partner.command;
