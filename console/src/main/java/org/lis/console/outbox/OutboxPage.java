package org.lis.console.outbox;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.lis.console.client.ServiceProblem;
import org.lis.console.web.CurrentPerson;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import reactor.core.publisher.Mono;

/** The local mail server's messages, newest first, for officers; only where the host has an {@link Outbox}. */
@Controller
class OutboxPage {

    private final ObjectProvider<Outbox> outbox;

    OutboxPage(ObjectProvider<Outbox> outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/outbox")
    Mono<String> outbox(Model model) {
        Outbox shown = outbox.getIfAvailable();
        if (shown == null) {
            return Mono.error(new ServiceProblem(404, "Page not found",
                    "There is no outbox here: mail leaves this system for its recipients' mail servers.", List.of()));
        }
        return CurrentPerson.get().map(person -> person.require("OFFICER")).map(person -> {
            List<OutboxMessage> messages = new ArrayList<>(shown.messages());
            Collections.reverse(messages);
            model.addAttribute("messages", messages);
            return "console/outbox";
        });
    }
}
