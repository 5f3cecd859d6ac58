package org.lis.engagement.partner.command;

import org.lis.events.common.Theme;
import org.lis.events.partner.PartnerClassification;
import org.lis.events.partner.PartnerRegisteredEvent;
import org.lis.events.partner.PartnerType;

import java.time.LocalDate;
import java.util.List;

/** The partner the command side's tests start from: a key university, registered today. */
public final class RegisteredUniversity {

    public static final String ID = "p-1";
    public static final LocalDate TODAY = LocalDate.of(2018, 8, 1);
    public static final PartnerClassification UNIVERSITY = new PartnerClassification(PartnerType.UNIVERSITY,
            List.of("ai-research", "life-sciences"), List.of(Theme.AI_AND_DATA), "Aylesbury Vale", true);
    public static final PartnerRegisteredEvent REGISTERED =
            new PartnerRegisteredEvent(ID, "University of Buckingham", UNIVERSITY, TODAY);

    private RegisteredUniversity() {
    }
}
