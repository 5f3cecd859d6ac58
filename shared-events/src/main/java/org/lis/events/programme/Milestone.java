package org.lis.events.programme;

import java.time.LocalDate;

public record Milestone(String name, LocalDate dueOn) {
}
