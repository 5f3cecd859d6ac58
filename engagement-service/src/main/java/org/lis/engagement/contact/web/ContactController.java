package org.lis.engagement.contact.web;

import jakarta.validation.Valid;
import org.lis.engagement.contact.command.AddContactCommand;
import org.lis.engagement.contact.command.EraseContactCommand;
import org.lis.engagement.contact.query.ContactQueries;
import org.lis.engagement.contact.query.ContactView;
import org.lis.support.command.CommandResult;
import org.lis.support.command.CommandSender;
import org.lis.support.error.DomainException;
import org.lis.support.id.IdGenerator;
import org.lis.support.web.IfMatch;
import org.lis.support.web.Responses;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.time.Clock;

import static org.lis.engagement.EngagementError.CONTACT_NOT_FOUND;

/**
 * Contacts of a partner. The command side encrypts the personal data under a key of the contact's own and
 * destroys the key on erasure (see {@code ContactCommandHandler}); the answer carries only ids and versions,
 * so no stored response holds personal data either.
 */
@RestController
@RequestMapping("/api/partners/{partnerId}/contacts")
@PreAuthorize("hasRole('OFFICER')")
public class ContactController {

    private final CommandSender commands;
    private final ContactQueries contacts;
    private final IdGenerator ids;
    private final Clock clock;

    public ContactController(CommandSender commands, ContactQueries contacts, IdGenerator ids, Clock clock) {
        this.commands = commands;
        this.contacts = contacts;
        this.ids = ids;
        this.clock = clock;
    }

    /** 201 with {@code {id: contactId, version: partner version}}. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public Mono<ResponseEntity<CommandResult>> add(@PathVariable String partnerId,
                                                   @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                   @Valid @RequestBody ContactRequest request) {
        String contactId = ids.newId();
        var command = new AddContactCommand(partnerId, contactId, request.role(), request.lawfulBasis(), request.name(),
                request.email(), request.phone(), IfMatch.version(ifMatch));
        return commands.update(partnerId, command)
                .map(result -> Responses.created("/api/partners/" + partnerId + "/contacts/" + contactId,
                        new CommandResult(contactId, result.version())));
    }

    /** The contact a Location header names, decrypted for the officer; 404 once erased or when unknown. */
    @GetMapping("/{contactId}")
    public Mono<ContactView> get(@PathVariable String partnerId, @PathVariable String contactId) {
        return contacts.contact(partnerId, contactId).switchIfEmpty(Mono.error(() -> new DomainException(
                CONTACT_NOT_FOUND, "Partner " + partnerId + " has no contact " + contactId)));
    }

    /**
     * Right to erasure: the erasure is recorded and the key destroyed before the answer. Repeating the DELETE is
     * refused (409) but still destroys a key a failed first attempt left behind.
     */
    @DeleteMapping("/{contactId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public Mono<ResponseEntity<Void>> erase(@PathVariable String partnerId, @PathVariable String contactId,
                                            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        var command = new EraseContactCommand(partnerId, contactId, clock.instant(), IfMatch.version(ifMatch));
        return commands.update(partnerId, command)
                .map(result -> ResponseEntity.noContent().eTag(Responses.etag(result.version())).<Void>build());
    }
}
