package org.lis.engagement.coverage.query;

import org.lis.events.common.Theme;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What the readiness checks count over partners' standings: key partners and those of them not engaged, partners
 * engaged on each theme ({@link PartnerStanding#engagedOn}), partners who fed back on each hypothesis. Added to and
 * taken from one standing at a time, so {@link TodaysStandings} keeps it with the standings it keeps, and today's
 * readiness costs what changed rather than a walk over every partner's standing (the partners' records lie all over
 * a heap of gigabytes, and each walk paid for reaching them). Not thread-safe; {@link #copy()} gives one to read.
 */
public final class StandingTally {

    private int keyPartners;
    private final TreeSet<PartnerStanding> keyNotEngaged;
    private final int[] engagedOn;
    private final Map<String, Integer> fedBack;

    StandingTally() {
        this(0, new TreeSet<>(StandingCalculator.IN_NAME_ORDER), new int[Theme.values().length], new HashMap<>());
    }

    private StandingTally(int keyPartners, TreeSet<PartnerStanding> keyNotEngaged, int[] engagedOn,
                          Map<String, Integer> fedBack) {
        this.keyPartners = keyPartners;
        this.keyNotEngaged = keyNotEngaged;
        this.engagedOn = engagedOn;
        this.fedBack = fedBack;
    }

    /** The tally of these standings. */
    public static StandingTally of(Collection<PartnerStanding> standings) {
        StandingTally tally = new StandingTally();
        standings.forEach(tally::add);
        return tally;
    }

    void add(PartnerStanding standing) {
        count(standing, 1);
    }

    void remove(PartnerStanding standing) {
        count(standing, -1);
    }

    void clear() {
        keyPartners = 0;
        keyNotEngaged.clear();
        Arrays.fill(engagedOn, 0);
        fedBack.clear();
    }

    /** A copy that later changes to this one leave as it is. */
    StandingTally copy() {
        return new StandingTally(keyPartners, new TreeSet<>(keyNotEngaged), engagedOn.clone(), new HashMap<>(fedBack));
    }

    public int keyPartners() {
        return keyPartners;
    }

    /** The names of the key partners not engaged, in the coverage table's order. */
    public List<String> keyPartnersNotEngaged() {
        return keyNotEngaged.stream().map(standing -> standing.classification().name()).toList();
    }

    public int engagedOn(Theme theme) {
        return engagedOn[theme.ordinal()];
    }

    /** Partners who gave feedback on the hypothesis. */
    public int fedBack(String hypothesisId) {
        return fedBack.getOrDefault(hypothesisId, 0);
    }

    private void count(PartnerStanding standing, int by) {
        if (standing.classification().keyPartner()) {
            keyPartners += by;
            if (!standing.engaged()) {
                if (by > 0) {
                    keyNotEngaged.add(standing);
                } else {
                    keyNotEngaged.remove(standing);
                }
            }
        }
        for (Theme theme : Theme.values()) {
            if (standing.engagedOn(theme.name())) {
                engagedOn[theme.ordinal()] += by;
            }
        }
        for (String hypothesis : standing.hypothesesFedBack()) {
            fedBack.merge(hypothesis, by, (before, change) -> before + change == 0 ? null : before + change);
        }
    }
}
