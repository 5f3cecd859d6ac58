package org.lis.engagement.coverage.query;

import org.lis.engagement.partner.query.EngagementLevel;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where one partner stood with a programme at an as-of date, as recorded by an instant, with the
 * classification in force at that date. {@code engagedThemes} are the themes of the engaging records that name
 * themes (see {@link Fact#themes()}); {@code consultationResponses} counts its responses to consultations.
 */
public record PartnerStanding(PartnerVersion classification, EngagementLevel level, int invitations,
                             int attendances, int feedbackCount, int activities, LocalDate firstEngagedOn,
                             LocalDate lastEngagedOn, Set<String> engagedPhases, Set<String> hypothesesFedBack,
                             Set<String> engagedThemes, int consultationResponses) {

    /** A standing without consultation responses counted. */
    public PartnerStanding(PartnerVersion classification, EngagementLevel level, int invitations, int attendances,
                           int feedbackCount, int activities, LocalDate firstEngagedOn, LocalDate lastEngagedOn,
                           Set<String> engagedPhases, Set<String> hypothesesFedBack, Set<String> engagedThemes) {
        this(classification, level, invitations, attendances, feedbackCount, activities, firstEngagedOn,
                lastEngagedOn, engagedPhases, hypothesesFedBack, engagedThemes, 0);
    }

    public String partnerId() {
        return classification.partnerId();
    }

    public boolean engaged() {
        return level.engaged();
    }

    /** The themes a partner counts under: those it is classified with and those it was engaged on. */
    public Set<String> themes() {
        Set<String> themes = new TreeSet<>(classification.themes());
        themes.addAll(engagedThemes);
        return themes;
    }

    /**
     * Engaged on a theme: engaged at all and classified with it, or engaged through a record on that theme
     * (a steering group on clean growth engages its members on clean growth, whatever they are classified as).
     */
    public boolean engagedOn(String theme) {
        return engaged() && classification.themes().contains(theme) || engagedThemes.contains(theme);
    }
}
