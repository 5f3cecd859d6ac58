package org.lis.events.programme;

import java.time.LocalDate;
import java.util.List;

public record Phase(String code, String name, LocalDate startsOn, LocalDate endsOn, List<Milestone> milestones) {

    public Phase {
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
    }
}
