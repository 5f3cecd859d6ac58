package org.lis.engagement.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import org.lis.engagement.audit.query.AuditItem;
import org.lis.engagement.audit.query.AuditFilter;
import org.lis.engagement.audit.query.AuditQueries;
import org.lis.support.web.PageRequest;
import org.lis.support.web.PageResponse;
import org.lis.support.web.TimeParameters;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The recorded events behind the board's figures, oldest first. */
@RestController
@PreAuthorize("hasAnyRole('OFFICER', 'BOARD')")
public class AuditController {

    private final AuditQueries reader;

    public AuditController(AuditQueries reader) {
        this.reader = reader;
    }

    @Operation(summary = "Audit trail; from/to are instants or dates (a date 'to' includes that whole day, UTC);"
            + " partnerId gives every event about that partner, also those its workshops recorded;"
            + " type is an event type's simple name, e.g. FeedbackRecordedEvent")
    @GetMapping("/api/audit")
    public Mono<PageResponse<AuditItem>> audit(@RequestParam(required = false) String aggregateId,
                                               @RequestParam(required = false) String partnerId,
                                               @RequestParam(required = false) String type,
                                               @RequestParam(required = false) String from,
                                               @RequestParam(required = false) String to,
                                               @RequestParam(required = false) Integer page,
                                               @RequestParam(required = false) Integer size) {
        PageRequest paging = PageRequest.of(page, size);
        return reader.find(new AuditFilter(aggregateId, partnerId, type, TimeParameters.from("from", from),
                TimeParameters.to("to", to)), paging);
    }
}
