package org.lis.support.testapp;

import com.mongodb.reactivestreams.client.MongoDatabase;
import jakarta.validation.Valid;
import org.bson.Document;
import org.lis.support.command.CommandResult;
import org.lis.support.command.CommandSender;
import org.lis.support.id.IdGenerator;
import org.lis.support.web.IfMatch;
import org.lis.support.web.PageRequest;
import org.lis.support.web.PageResponse;
import org.lis.support.web.Responses;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/tickets")
public class TicketController {

    private final CommandSender commands;
    private final IdGenerator ids;
    private final MongoDatabase database;

    public TicketController(CommandSender commands, IdGenerator ids, MongoDatabase database) {
        this.commands = commands;
        this.ids = ids;
        this.database = database;
    }

    @PostMapping
    @PreAuthorize("hasRole('OFFICER')")
    public Mono<ResponseEntity<CommandResult>> open(@Valid @RequestBody OpenTicketRequest request) {
        OpenTicketCommand command = new OpenTicketCommand(ids.newId(), request.title(), request.priority(), request.kind());
        return commands.create(command).map(result -> Responses.created("/tickets/" + result.id(), result));
    }

    @PostMapping("/{id}/title")
    @PreAuthorize("hasRole('OFFICER')")
    public Mono<ResponseEntity<CommandResult>> rename(@PathVariable String id,
                                                      @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                      @Valid @RequestBody RenameTicketRequest request) {
        return commands.update(id, new RenameTicketCommand(id, IfMatch.version(ifMatch), request.title()))
                .map(Responses::ok);
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('OFFICER', 'BOARD')")
    public Mono<PageResponse<TicketSummary>> list(@RequestParam(required = false) Integer page,
                                                  @RequestParam(required = false) Integer size) {
        PageRequest pageRequest = PageRequest.of(page, size);
        var tickets = database.getCollection(TicketProjection.COLLECTION);
        Mono<java.util.List<TicketSummary>> items = Flux.from(tickets.find().sort(new Document("_id", 1))
                        .skip((int) pageRequest.offset()).limit(pageRequest.size()))
                .map(d -> new TicketSummary(d.getString("_id"), d.getString("title"), d.getString("kind")))
                .collectList();
        return Mono.zip(items, Mono.from(tickets.countDocuments()))
                .map(t -> PageResponse.of(t.getT1(), pageRequest, t.getT2()));
    }
}
