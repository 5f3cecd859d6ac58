package org.lis.benchmark.load;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the load works on: one programme with its hypotheses and today's workshops, and every partner registered
 * so far (the officers' new partners are added while the load runs).
 */
record Scene(String programmeId, List<String> hypothesisIds, List<String> workshopIds,
             CopyOnWriteArrayList<String> partnerIds, LocalDate today) {

    static final String PHASE = "P1";
    static final List<String> TYPES = List.of("BUSINESS", "UNIVERSITY", "RESEARCH_ORGANISATION", "LOCAL_AUTHORITY",
            "CENTRAL_GOVERNMENT", "LEP", "INDUSTRY_BODY", "VOLUNTARY_SECTOR", "OTHER");
    static final List<String> THEMES = List.of("AI_AND_DATA", "CLEAN_GROWTH", "MOBILITY", "AGEING_SOCIETY");
    static final List<String> SECTORS = List.of("space", "aviation", "creative-industries",
            "high-performance-engineering", "life-sciences", "digital");
    static final List<String> DISTRICTS = List.of("Aylesbury Vale", "Chiltern", "South Bucks", "Wycombe",
            "Milton Keynes");
    static final List<String> ACTIVITY_KINDS = List.of("MEETING", "CALL", "ROUND_TABLE", "STEERING_GROUP", "OTHER");
}
