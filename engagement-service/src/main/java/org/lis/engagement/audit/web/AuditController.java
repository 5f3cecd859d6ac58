package org.lis.engagement.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import org.lis.engagement.audit.query.AuditItem;
import org.lis.engagement.audit.query.AuditReader;
import org.lis.support.error.DomainException;
import org.lis.support.error.InputError;
import org.lis.support.web.PageRequest;
import org.lis.support.web.PageResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** The recorded events behind the board's figures, oldest first. */
@RestController
@PreAuthorize("hasAnyRole('OFFICER', 'BOARD')")
public class AuditController {

    private final AuditReader reader;

    public AuditController(AuditReader reader) {
        this.reader = reader;
    }

    @Operation(summary = "Audit trail; from/to are instants or dates (a date 'to' includes that whole day, UTC)")
    @GetMapping("/api/audit")
    public Mono<PageResponse<AuditItem>> audit(@RequestParam(required = false) String aggregateId,
                                               @RequestParam(required = false) String from,
                                               @RequestParam(required = false) String to,
                                               @RequestParam(required = false) Integer page,
                                               @RequestParam(required = false) Integer size) {
        PageRequest paging = PageRequest.of(page, size);
        return reader.find(aggregateId, bound("from", from, false), bound("to", to, true), paging);
    }

    private static Instant bound(String name, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.strip().length() == 10) {
                LocalDate date = LocalDate.parse(value.strip());
                return (endOfDay ? date.plusDays(1) : date).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new DomainException(InputError.INVALID_PARAMETER, name,
                    name + " must be a date (YYYY-MM-DD) or an ISO-8601 instant with offset, got " + value);
        }
    }
}
