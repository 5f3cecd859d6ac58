package org.lis.engagement.coverage.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A partner's name and classification as in force from {@code effectiveOn}, as recorded at {@code recordedAt}. */
public record PartnerVersion(String partnerId, boolean registration, String name, String type, List<String> sectors,
                             List<String> themes, String district, boolean keyPartner, LocalDate effectiveOn,
                             Instant recordedAt) {
}
