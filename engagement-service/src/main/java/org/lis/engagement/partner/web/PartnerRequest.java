package org.lis.engagement.partner.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.lis.events.common.Theme;
import org.lis.events.partner.PartnerClassification;
import org.lis.events.partner.PartnerType;
import org.lis.support.validation.SingleLine;

import java.util.List;

/** Body of {@code POST /api/partners}. */
public record PartnerRequest(
        @NotBlank @Size(max = 200) @SingleLine String name,
        @NotNull PartnerType type,
        @Size(max = 50) List<@NotNull @Size(max = SectorTags.MAX_LENGTH)
                @Pattern(regexp = SectorTags.PATTERN, message = SectorTags.MESSAGE) String> sectors,
        List<@NotNull Theme> themes,
        @Size(max = 100) @SingleLine String district,
        boolean keyPartner) {

    PartnerClassification classification() {
        return new PartnerClassification(type, sectors, themes, district, keyPartner);
    }
}
