package org.lis.workshop.attendance.web;

import java.time.Instant;

import org.lis.support.validation.MultiLine;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a record entered by mistake is withdrawn; {@code withdrawnAt} defaults to now. */
public record WithdrawalRequest(@Schema(description = "Why the record is withdrawn, e.g. 'checked in the wrong "
                                        + "organisation'. Free text is kept as written: do not name people or give "
                                        + "their personal details here.")
                                @NotBlank @Size(max = 2000) @MultiLine String reason,
                                Instant withdrawnAt) {
}
