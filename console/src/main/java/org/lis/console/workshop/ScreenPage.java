package org.lis.console.workshop;

import org.lis.console.web.CurrentPerson;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import reactor.core.publisher.Mono;

/**
 * The room screen for the projector: how many partners have checked in and, per tabled hypothesis, how the
 * room stands. Rendered as it is now; its script then follows the workshop's live stream at the front door's
 * {@code /api/workshops/{id}/live}, which the signed-in facilitator's session opens like any page.
 */
@Controller
class ScreenPage {

    private final RoomReads reads;

    ScreenPage(RoomReads reads) {
        this.reads = reads;
    }

    @GetMapping("/workshops/{id}/screen")
    Mono<String> screen(@PathVariable String id, Model model) {
        return CurrentPerson.get().map(person -> person.require("FACILITATOR", "OFFICER"))
                .then(reads.room(id))
                .map(room -> {
                    model.addAttribute("room", room);
                    model.addAttribute("workshop", room.workshop());
                    model.addAttribute("stances", StanceTally.STANCES);
                    return "console/screen";
                });
    }
}
