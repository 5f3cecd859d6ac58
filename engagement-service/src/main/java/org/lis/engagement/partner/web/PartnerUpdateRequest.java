package org.lis.engagement.partner.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.lis.events.common.Theme;
import org.lis.events.partner.PartnerClassification;
import org.lis.events.partner.PartnerType;
import org.lis.support.validation.SingleLine;

import java.time.LocalDate;
import java.util.List;

/** Body of {@code PUT /api/partners/{id}}: the registration body plus the date it is in force from. */
public record PartnerUpdateRequest(
        @NotBlank @Size(max = 200) @SingleLine String name,
        @NotNull PartnerType type,
        @Size(max = 50) List<@NotNull @Size(max = SectorTags.MAX_LENGTH)
                @Pattern(regexp = SectorTags.PATTERN, message = SectorTags.MESSAGE) String> sectors,
        List<@NotNull Theme> themes,
        @Size(max = 100) @SingleLine String district,
        boolean keyPartner,
        LocalDate effectiveOn) {

    PartnerClassification classification() {
        return new PartnerClassification(type, sectors, themes, district, keyPartner);
    }
}
