package org.lis.console.activity;

import org.lis.console.client.EngagementApi;
import org.lis.console.web.Follow;
import org.springframework.web.util.UriUtils;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What the correction and withdrawal pages share: the partner whose page the officer came from and goes back to,
 * the version the officer saw, and waiting for that partner's history to show what was just done.
 */
final class ActivityPartners {

    private ActivityPartners() {
    }

    /**
     * The partner page to go back to: the one given if the activity names it (or named it before a correction),
     * else the activity's first partner.
     */
    @SuppressWarnings("unchecked")
    static String back(Map<String, Object> activity, String given) {
        List<String> present = ((List<Map<String, Object>>) activity.getOrDefault("partners", List.of())).stream()
                .map(p -> String.valueOf(p.get("partnerId"))).toList();
        boolean named = present.contains(given) || ((List<Map<String, Object>>) activity.getOrDefault("corrections",
                List.of())).stream().anyMatch(c -> c.get("previousPartnerIds") instanceof List<?> before
                && before.contains(given));
        Object original = activity.get("original") instanceof Map<?, ?> o ? o.get("partnerIds") : null;
        if (named || original instanceof List<?> first && first.contains(given)) {
            return given;
        }
        return present.isEmpty() ? given : present.get(0);
    }

    @SuppressWarnings("unchecked")
    static int corrections(Map<String, Object> activity) {
        return ((List<Object>) activity.getOrDefault("corrections", List.of())).size();
    }

    /** The version the page was rendered with; none (no If-Match) when it did not come back as a number. */
    static Long version(String typed) {
        try {
            return typed == null ? null : Long.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String redirect(String partnerId) {
        return "redirect:/partners/" + UriUtils.encodePathSegment(partnerId, StandardCharsets.UTF_8);
    }

    /** Waits, briefly, until the partner's history shows the activity as {@code shows} wants it. */
    @SuppressWarnings("unchecked")
    static Mono<Void> followed(EngagementApi engagement, String partnerId, String activityId,
                               Predicate<Map<String, Object>> shows) {
        return Follow.until(() -> engagement.partner(partnerId), p -> ((List<Map<String, Object>>)
                p.getOrDefault("history", List.of())).stream()
                .anyMatch(h -> activityId.equals(h.get("activityId")) && shows.test(h))).then();
    }
}
