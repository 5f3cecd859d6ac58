package org.lis.console.programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lis.console.client.ServiceProblem;
import org.lis.console.web.TypedDate;
import org.springframework.util.MultiValueMap;

/**
 * A programme's definition as an officer types it: dates in one field each, each phase or milestone date with its
 * precision (a day, a week commencing, a month), phases and their milestones as rows, and the convenor chosen from
 * the partners. A row left blank is no phase or milestone; the form always offers one blank phase and, per phase,
 * one blank milestone, and more on "Add another phase" (no script needed).
 */
record ProgrammeForm(String name, String target, String keyPartners, String minPerTheme, String minPerHypothesis,
                     List<PhaseRow> phases, String version, String convenor) {

    /** The precisions a date can be given at, in the order the form offers them. */
    static final List<String> PRECISIONS = List.of("DAY", "WEEK", "MONTH");

    /** Phase rows the form reads at most: more than a programme has. */
    private static final int MAX_ROWS = 30;

    record PhaseRow(String code, String name, String startsOn, String endsOn, List<MilestoneRow> milestones,
                    String startsOnPrecision, String endsOnPrecision) {

        boolean blank() {
            return code.isBlank() && name.isBlank() && startsOn.isBlank() && endsOn.isBlank()
                    && milestones.stream().allMatch(MilestoneRow::blank);
        }

        PhaseRow withBlankMilestone() {
            List<MilestoneRow> rows = new ArrayList<>(milestones.stream().filter(m -> !m.blank()).toList());
            rows.add(MilestoneRow.BLANK);
            return new PhaseRow(code, name, startsOn, endsOn, rows, startsOnPrecision, endsOnPrecision);
        }
    }

    record MilestoneRow(String name, String dueOn, String precision) {
        static final MilestoneRow BLANK = new MilestoneRow("", "", "DAY");

        boolean blank() {
            return name.isBlank() && dueOn.isBlank();
        }
    }

    static ProgrammeForm blank() {
        return new ProgrammeForm("", "", "yes", "1", "0", List.of(), "", "").withBlankRows(1);
    }

    @SuppressWarnings("unchecked")
    static ProgrammeForm of(Map<String, Object> programme) {
        Map<String, Object> readiness = (Map<String, Object>) programme.getOrDefault("readiness", Map.of());
        List<PhaseRow> phases = ((List<Map<String, Object>>) programme.getOrDefault("phases", List.of())).stream()
                .map(p -> new PhaseRow(text(p.get("code")), text(p.get("name")), TypedDate.typed(p.get("startsOn")),
                        TypedDate.typed(p.get("endsOn")),
                        ((List<Map<String, Object>>) p.getOrDefault("milestones", List.of())).stream()
                                .map(m -> new MilestoneRow(text(m.get("name")), TypedDate.typed(m.get("dueOn")),
                                        precision(m.get("precision"))))
                                .toList(), precision(p.get("startsOnPrecision")), precision(p.get("endsOnPrecision"))))
                .toList();
        return new ProgrammeForm(text(programme.get("name")), TypedDate.typed(programme.get("adoptionTargetDate")),
                Boolean.TRUE.equals(readiness.get("keyPartnersEngaged")) ? "yes" : "no",
                text(readiness.get("minEngagedPerTheme")), text(readiness.get("minFeedbackPerHypothesis")), phases,
                text(programme.get("version")), text(programme.get("convenorPartnerId"))).withBlankRows(1);
    }

    static ProgrammeForm of(MultiValueMap<String, String> data) {
        List<PhaseRow> phases = new ArrayList<>();
        for (int p = 0; p < MAX_ROWS && data.containsKey("phases[" + p + "].code"); p++) {
            String prefix = "phases[" + p + "].";
            List<MilestoneRow> milestones = new ArrayList<>();
            for (int m = 0; m < MAX_ROWS && data.containsKey(prefix + "milestones[" + m + "].name"); m++) {
                String at = prefix + "milestones[" + m + "].";
                milestones.add(new MilestoneRow(value(data, at + "name"), value(data, at + "dueOn"),
                        precision(value(data, at + "precision"))));
            }
            phases.add(new PhaseRow(value(data, prefix + "code"), value(data, prefix + "name"),
                    value(data, prefix + "startsOn"), value(data, prefix + "endsOn"), milestones,
                    precision(value(data, prefix + "startsOnPrecision")),
                    precision(value(data, prefix + "endsOnPrecision"))));
        }
        return new ProgrammeForm(value(data, "name"), value(data, "target"), value(data, "keyPartners"),
                value(data, "minPerTheme"), value(data, "minPerHypothesis"), phases, value(data, "version"),
                value(data, "convenor"));
    }

    /** The rows typed, each phase with one blank milestone row, and {@code blankPhases} blank phases after them. */
    ProgrammeForm withBlankRows(int blankPhases) {
        List<PhaseRow> rows = new ArrayList<>(phases.stream().filter(p -> !p.blank())
                .map(PhaseRow::withBlankMilestone).toList());
        for (int i = 0; i < blankPhases; i++) {
            rows.add(new PhaseRow("", "", "", "", List.of(MilestoneRow.BLANK), "DAY", "DAY"));
        }
        return new ProgrammeForm(name, target, keyPartners, minPerTheme, minPerHypothesis, rows, version, convenor);
    }

    /** What cannot be sent as typed, keyed by the id of the field to put right. */
    Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (name.isBlank()) {
            errors.put("name", "Enter the programme's name");
        }
        if (TypedDate.parse(target) == null) {
            errors.put("target", "Enter the adoption target as a real date, for example 29 3 2019");
        }
        if (count(minPerTheme) == null) {
            errors.put("minPerTheme", "Enter a whole number of partners, 0 or more");
        }
        if (count(minPerHypothesis) == null) {
            errors.put("minPerHypothesis", "Enter a whole number of partners, 0 or more");
        }
        for (int p = 0; p < phases.size(); p++) {
            PhaseRow phase = phases.get(p);
            if (phase.blank()) {
                continue;
            }
            String id = "phases-" + p + "-";
            String called = phase.name().isBlank() ? "phase " + (p + 1) : phase.name();
            if (phase.code().isBlank()) {
                errors.put(id + "code", "Enter a short code for " + called + ", for example P1");
            }
            if (phase.name().isBlank()) {
                errors.put(id + "name", "Enter the name of phase " + (p + 1));
            }
            LocalDate starts = TypedDate.parse(phase.startsOn());
            LocalDate ends = TypedDate.parse(phase.endsOn());
            if (starts == null) {
                errors.put(id + "startsOn", "Enter the day " + called + " starts, for example 1 6 2018");
            }
            if (ends == null) {
                errors.put(id + "endsOn", "Enter the day " + called + " ends, for example 31 8 2018");
            } else if (starts != null && LooseDates.last(ends, phase.endsOnPrecision())
                    .isBefore(LooseDates.first(starts, phase.startsOnPrecision()))) {
                errors.put(id + "endsOn", called + " must end on or after the day it starts");
            }
            for (int m = 0; m < phase.milestones().size(); m++) {
                MilestoneRow milestone = phase.milestones().get(m);
                if (milestone.blank()) {
                    continue;
                }
                String at = id + "milestones-" + m + "-";
                if (milestone.name().isBlank()) {
                    errors.put(at + "name", "Enter the name of the milestone due " + milestone.dueOn());
                }
                if (TypedDate.parse(milestone.dueOn()) == null) {
                    errors.put(at + "dueOn", "Enter the day " + (milestone.name().isBlank() ? "the milestone"
                            : milestone.name()) + " is due, for example 5 10 2018");
                }
            }
        }
        return errors;
    }

    /** The API's body; only for a form without {@link #errors()}. */
    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("adoptionTargetDate", TypedDate.parse(target).toString());
        body.put("phases", phases.stream().filter(p -> !p.blank()).map(p -> Map.of(
                "code", p.code(), "name", p.name(),
                "startsOn", TypedDate.parse(p.startsOn()).toString(), "endsOn", TypedDate.parse(p.endsOn()).toString(),
                "startsOnPrecision", p.startsOnPrecision(), "endsOnPrecision", p.endsOnPrecision(),
                "milestones", p.milestones().stream().filter(m -> !m.blank()).map(m -> Map.of(
                        "name", m.name(), "dueOn", TypedDate.parse(m.dueOn()).toString(),
                        "precision", m.precision())).toList())).toList());
        if (!convenor.isBlank()) {
            body.put("convenorPartnerId", convenor);
        }
        body.put("readiness", Map.of("keyPartnersEngaged", "yes".equals(keyPartners),
                "minEngagedPerTheme", count(minPerTheme), "minFeedbackPerHypothesis", count(minPerHypothesis)));
        return body;
    }

    Long expectedVersion() {
        return version.matches("\\d{1,18}") ? Long.valueOf(version) : null;
    }

    /** A service's refusal next to its field: {@code phases[1].endsOn} beside the second phase's end. */
    static Map<String, String> refusal(ServiceProblem problem) {
        Map<String, String> errors = new LinkedHashMap<>();
        problem.errors().forEach(e -> errors.putIfAbsent(field(e.field()), e.message()));
        if (errors.isEmpty()) {
            errors.put(problem.status() == 412 ? "name" : "phases", problem.status() == 412
                    ? "Someone changed this programme since you opened the form: go back to see their change"
                    : problem.words());
        }
        return errors;
    }

    private static String field(String apiField) {
        String id = apiField.replace("adoptionTargetDate", "target")
                .replace("readiness.minEngagedPerTheme", "minPerTheme")
                .replace("readiness.minFeedbackPerHypothesis", "minPerHypothesis")
                .replace("convenorPartnerId", "convenor")
                .replaceAll("\\[(\\d+)]", "-$1").replace('.', '-');
        return id.equals("readiness") ? "minPerTheme" : id;
    }

    /** A precision as the API names it; anything else typed or sent is a day. */
    private static String precision(Object value) {
        String text = value == null ? "" : value.toString();
        return PRECISIONS.contains(text) ? text : "DAY";
    }

    private static Integer count(String typed) {
        try {
            int value = Integer.parseInt(typed.strip());
            return value < 0 ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String value(MultiValueMap<String, String> data, String name) {
        String value = data.getFirst(name);
        return value == null ? "" : value.strip();
    }
}
