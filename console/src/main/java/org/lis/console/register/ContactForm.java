package org.lis.console.register;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lis.console.client.ServiceProblem;
import org.springframework.util.MultiValueMap;

/** A person at a partner, with the lawful basis their details are kept under. */
record ContactForm(String name, String role, String email, String phone, String lawfulBasis) {

    static final List<String> LAWFUL_BASES = List.of("CONSENT", "LEGITIMATE_INTERESTS", "PUBLIC_TASK");

    static ContactForm blank() {
        return new ContactForm("", "", "", "", "");
    }

    static ContactForm of(MultiValueMap<String, String> data) {
        return new ContactForm(text(data, "name"), text(data, "role"), text(data, "email"), text(data, "phone"),
                text(data, "lawfulBasis"));
    }

    Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (name.isBlank()) {
            errors.put("name", "Enter the contact's name");
        }
        if (!email.isBlank() && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.put("email", "Enter an email address like name@example.org");
        }
        if (!LAWFUL_BASES.contains(lawfulBasis)) {
            errors.put("lawfulBasis", "Choose the lawful basis for keeping this person's details");
        }
        return errors;
    }

    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("role", role.isBlank() ? null : role);
        body.put("email", email.isBlank() ? null : email);
        body.put("phone", phone.isBlank() ? null : phone);
        body.put("lawfulBasis", lawfulBasis);
        return body;
    }

    static Map<String, String> refusal(ServiceProblem problem) {
        Map<String, String> errors = new LinkedHashMap<>();
        problem.errors().forEach(e -> errors.putIfAbsent(
                List.of("name", "role", "email", "phone", "lawfulBasis").contains(e.field()) ? e.field() : "name",
                e.message()));
        if (errors.isEmpty()) {
            errors.put("name", problem.words());
        }
        return errors;
    }

    private static String text(MultiValueMap<String, String> data, String name) {
        String value = data.getFirst(name);
        return value == null ? "" : value.strip();
    }
}
