package org.lis.console.workshop;

import org.lis.console.client.EngagementApi;
import org.lis.console.client.WorkshopApi;
import org.lis.console.web.CurrentPerson;
import org.lis.console.web.Formats;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Where a facilitator starts the day: the workshops starting today in London, then the next ones, each leading
 * to its room.
 */
@Controller
class TodayPage {

    static final int UPCOMING = 20;
    private static final Duration UPCOMING_WITHIN = Duration.ofDays(366);

    private final WorkshopApi workshops;
    private final EngagementApi engagement;
    private final Clock clock;

    TodayPage(WorkshopApi workshops, EngagementApi engagement, ObjectProvider<Clock> clock) {
        this.workshops = workshops;
        this.engagement = engagement;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @GetMapping("/workshops")
    String workshops() {
        return "redirect:/workshops/today";
    }

    @GetMapping("/workshops/today")
    Mono<String> today(Model model) {
        LocalDate today = LocalDate.now(clock.withZone(Formats.LONDON));
        Instant start = today.atStartOfDay(Formats.LONDON).toInstant();
        Instant end = today.plusDays(1).atStartOfDay(Formats.LONDON).toInstant();
        model.addAttribute("today", today);
        return CurrentPerson.get().map(person -> person.require("FACILITATOR", "OFFICER"))
                .then(Mono.zip(workshops.workshopsStarting(start, end, 500),
                        workshops.workshopsStarting(end, end.plus(UPCOMING_WITHIN), UPCOMING),
                        engagement.programmes()))
                .map(all -> {
                    Map<String, Object> programmes = new HashMap<>();
                    all.getT3().forEach(p -> programmes.put((String) p.get("id"), p.get("name")));
                    model.addAttribute("todays", all.getT1());
                    model.addAttribute("upcoming", all.getT2());
                    model.addAttribute("programmes", programmes);
                    return "console/workshops-today";
                });
    }
}
