package org.lis.engagement.coverage.query;

import org.lis.engagement.partner.query.EngagementLevel;
import org.lis.events.workshop.RsvpResponse;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Computes each partner's standing from stored facts for an as-of date and a recorded-by instant.
 * The rules (see docs/coverage.md): only facts that happened by {@code asOf} and were recorded by
 * {@code recordedBy} count; invitations to a workshop cancelled by then no longer count; an invitation
 * counts as accepted while its latest RSVP is ACCEPTED; attendance and activities make a partner
 * ENGAGED and any feedback (written submissions included) CONTRIBUTED, and those never fall back; each
 * {@link FactKind} says which level it gives on its own. A withdrawal recorded by {@code recordedBy} takes its
 * record's facts out for every {@code asOf}: the record never happened.
 */
public final class StandingCalculator {

    private static final Comparator<Fact> CHRONOLOGICAL =
            Comparator.comparing(Fact::on).thenComparing(Fact::recordedAt).thenComparing(Fact::id);
    /** Of two updates in force, the later dated wins; on the same date, the later recorded. */
    private static final Comparator<PartnerVersion> IN_FORCE =
            Comparator.comparing(PartnerVersion::effectiveOn).thenComparing(PartnerVersion::recordedAt);
    /** The order of the board's table: by name, in any case, then by id. */
    static final Comparator<PartnerStanding> IN_NAME_ORDER = Comparator.comparing(
            (PartnerStanding s) -> s.classification().name(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(PartnerStanding::partnerId);

    private StandingCalculator() {
    }

    /**
     * Every partner registered (as recorded) by {@code recordedBy}, in name order, but the programme's convenor:
     * it convenes the strategy, so engaging it proves nothing about the partners' engagement.
     */
    public static List<PartnerStanding> standings(CoverageHistory history, LocalDate asOf, Instant recordedBy) {
        Set<String> withdrawn = withdrawnRefs(history.facts(), recordedBy);
        Set<String> cancelled = cancelledWorkshops(history, asOf, recordedBy);
        Map<String, List<Fact>> factsByPartner = history.facts().stream()
                .collect(Collectors.groupingBy(Fact::partnerId));
        Map<String, List<PartnerVersion>> versions = history.partnerVersions().stream()
                .collect(Collectors.groupingBy(PartnerVersion::partnerId));
        List<PartnerStanding> standings = new ArrayList<>();
        versions.forEach((partnerId, partnerVersions) -> standing(history, partnerId, partnerVersions,
                factsByPartner.getOrDefault(partnerId, List.of()), withdrawn, cancelled, asOf, recordedBy)
                .ifPresent(standings::add));
        standings.sort(IN_NAME_ORDER);
        return standings;
    }

    /**
     * One partner's standing from its versions and its facts (all of them: those not visible at {@code asOf} and
     * {@code recordedBy} are left out here), given the refs withdrawn and the workshops cancelled by then; empty
     * for a partner not registered by then, and for the programme's convenor.
     */
    static Optional<PartnerStanding> standing(CoverageHistory history, String partnerId,
                                              List<PartnerVersion> versions, List<Fact> facts, Set<String> withdrawn,
                                              Set<String> cancelled, LocalDate asOf, Instant recordedBy) {
        String convenor = history.programme() == null ? null : history.programme().convenorPartnerId();
        if (partnerId.equals(convenor)) {
            return Optional.empty();
        }
        List<PartnerVersion> recorded = new ArrayList<>(versions.size());
        for (PartnerVersion version : versions) {
            if (!version.recordedAt().isAfter(recordedBy)) {
                recorded.add(version);
            }
        }
        List<Fact> visible = new ArrayList<>(facts.size());
        for (Fact fact : facts) {
            if (fact.visibleAt(asOf, recordedBy) && (fact.ref() == null || !withdrawn.contains(fact.ref()))) {
                visible.add(fact);
            }
        }
        return classificationAt(recorded, asOf).map(c -> standing(c, visible, history, cancelled, asOf));
    }

    /** The refs of the records withdrawn as recorded by {@code recordedBy}. */
    static Set<String> withdrawnRefs(List<Fact> facts, Instant recordedBy) {
        return facts.stream().filter(f -> f.withdrawsBy(recordedBy)).map(Fact::ref).collect(Collectors.toSet());
    }

    /** The programme's workshops cancelled by {@code asOf}, as recorded by {@code recordedBy}. */
    static Set<String> cancelledWorkshops(CoverageHistory history, LocalDate asOf, Instant recordedBy) {
        return history.workshops().values().stream()
                .filter(w -> w.cancelledAt(asOf, recordedBy)).map(WorkshopInfo::id).collect(Collectors.toSet());
    }

    /** The programme's convenor as classified at {@code asOf} and known by {@code recordedBy}, if it names one. */
    public static Optional<PartnerVersion> convenor(CoverageHistory history, LocalDate asOf, Instant recordedBy) {
        String convenor = history.programme() == null ? null : history.programme().convenorPartnerId();
        if (convenor == null) {
            return Optional.empty();
        }
        return classificationAt(history.partnerVersions().stream()
                .filter(v -> v.partnerId().equals(convenor) && !v.recordedAt().isAfter(recordedBy)).toList(), asOf);
    }

    /**
     * The classification in force at {@code asOf}: the update with the latest {@code effectiveOn} on or
     * before it (ties: the later recorded), else the registration's. The registration counts as in force
     * from the beginning, since it is all that is known of earlier dates: so an update dated before the
     * day the partner was entered (entered today, reclassified from last year) still wins from its date.
     * Empty when the partner's registration is not among the versions (not yet recorded).
     */
    static Optional<PartnerVersion> classificationAt(List<PartnerVersion> versions, LocalDate asOf) {
        PartnerVersion registration = null;
        PartnerVersion inForce = null;
        for (PartnerVersion version : versions) {
            if (version.registration()) {
                registration = registration == null ? version : registration;
            } else if (!version.effectiveOn().isAfter(asOf)
                    && (inForce == null || IN_FORCE.compare(version, inForce) > 0)) {
                inForce = version;
            }
        }
        return registration == null ? Optional.empty() : Optional.of(inForce != null ? inForce : registration);
    }

    /** {@code facts} are the partner's visible ones; {@code cancelled} the workshops cancelled by then. */
    private static PartnerStanding standing(PartnerVersion classification, List<Fact> facts, CoverageHistory history,
                                            Set<String> cancelled, LocalDate asOf) {
        List<Fact> sorted = facts.stream().sorted(CHRONOLOGICAL).toList();
        Map<String, RsvpResponse> latestRsvp = new HashMap<>();
        Set<String> invitations = new HashSet<>();
        int attendances = 0;
        int activities = 0;
        int consultationResponses = 0;
        List<LocalDate> engagedOn = new ArrayList<>();
        Set<String> phases = new HashSet<>();
        Map<String, Fact> feedback = new HashMap<>();
        Map<String, Fact> corrections = new HashMap<>();
        Set<String> themes = new HashSet<>();
        EngagementLevel reached = EngagementLevel.NONE;
        List<Fact> memberships = new ArrayList<>();
        Map<String, LocalDate> membershipsLeft = new HashMap<>();
        boolean invitedToGroup = false;
        for (Fact fact : sorted) {
            if (fact.kind() == FactKind.CONSULTATION_RESPONSE) {
                consultationResponses++;
            }
            if (fact.kind().level() != null) {
                themes.addAll(fact.themes());
                reached = max(reached, fact.kind().level());
            }
            switch (fact.kind()) {
                case INVITED -> {
                    if (!cancelled.contains(fact.workshopId())) {
                        invitations.add(fact.invitationId());
                    }
                }
                case RSVP -> latestRsvp.put(fact.invitationId(), RsvpResponse.valueOf(fact.response()));
                case ATTENDED -> {
                    attendances++;
                    engagedOn.add(fact.on());
                    phaseOfWorkshop(history, fact.workshopId()).ifPresent(phases::add);
                }
                case ACTIVITY -> {
                    activities++;
                    engagedOn.add(fact.on());
                    addPhases(history, fact.on(), fact.on(), phases);
                }
                case FEEDBACK -> {
                    feedback.put(fact.feedbackId(), fact);
                    engagedOn.add(fact.on());
                    phaseOfWorkshop(history, fact.workshopId()).ifPresent(phases::add);
                }
                case FEEDBACK_CORRECTED -> corrections.put(fact.feedbackId(), fact);
                case GROUP_MEMBERSHIP -> {
                    engagedOn.add(fact.on());
                    memberships.add(fact);
                }
                case GROUP_INVITED -> invitedToGroup = true;
                case GROUP_LEFT -> membershipsLeft.put(fact.ref(), fact.on());
                case NO_SHOW, WITHDRAWN -> {
                    // a no-show leaves the invitation and any acceptance as they were; a withdrawal has
                    // already taken its record's facts out
                }
                default -> {
                    // the kinds that engage on their own (memberships, consultation responses): dated and
                    // placed in the phases that contain their date
                    engagedOn.add(fact.on());
                    addPhases(history, fact.on(), fact.on(), phases);
                }
            }
        }
        for (Fact membership : memberships) {
            // a membership engages in every phase its period overlaps, up to leaving or the as-of date
            LocalDate until = membershipsLeft.getOrDefault(membership.ref(), asOf);
            addPhases(history, membership.on(), until.isAfter(asOf) ? asOf : until, phases);
        }
        Set<String> hypotheses = feedback.values().stream()
                .map(f -> corrections.getOrDefault(f.feedbackId(), f).hypothesisId())
                .collect(Collectors.toSet());
        boolean accepted = invitations.stream().anyMatch(id -> latestRsvp.get(id) == RsvpResponse.ACCEPTED);
        EngagementLevel level = reached.engaged() ? reached
                : accepted ? EngagementLevel.ACCEPTED
                : !invitations.isEmpty() || invitedToGroup ? EngagementLevel.INVITED
                : EngagementLevel.NONE;
        LocalDate first = engagedOn.stream().min(Comparator.naturalOrder()).orElse(null);
        LocalDate last = engagedOn.stream().max(Comparator.naturalOrder()).orElse(null);
        return new PartnerStanding(classification, level, invitations.size(), attendances, feedback.size(), activities,
                first, last, Set.copyOf(phases), Set.copyOf(hypotheses), Set.copyOf(themes), consultationResponses);
    }

    private static EngagementLevel max(EngagementLevel a, EngagementLevel b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static Optional<String> phaseOfWorkshop(CoverageHistory history, String workshopId) {
        return Optional.ofNullable(history.workshops().get(workshopId)).map(WorkshopInfo::phaseCode);
    }

    /**
     * Adds the codes of the programme's phases with a day in {@code from}..{@code until}. A loop, not a stream: it
     * runs for every dated fact of every partner, and an as-of answer walks them all.
     */
    private static void addPhases(CoverageHistory history, LocalDate from, LocalDate until, Set<String> phases) {
        if (history.programme() == null) {
            return;
        }
        for (ProgrammeInfo.PhaseInfo phase : history.programme().phases()) {
            if (phase.overlaps(from, until)) {
                phases.add(phase.code());
            }
        }
    }
}
