package org.lis.console.client;

import java.util.List;
import java.util.Map;

/** A service refused or failed a request: its problem+json answer, in the words it gave. */
public class ServiceProblem extends RuntimeException {

    private static final String CODE_TYPE = "urn:lis:problem:";

    private final int status;
    private final String title;
    private final String detail;
    private final List<FieldProblem> errors;
    private final String code;

    public ServiceProblem(int status, String title, String detail, List<FieldProblem> errors) {
        this(status, title, detail, errors, null);
    }

    public ServiceProblem(int status, String title, String detail, List<FieldProblem> errors, String code) {
        super(status + " " + title + ": " + detail);
        this.status = status;
        this.title = title;
        this.detail = detail;
        this.errors = List.copyOf(errors);
        this.code = code;
    }

    /** Reads a problem+json body; an empty or foreign body leaves only the status. */
    @SuppressWarnings("unchecked")
    static ServiceProblem of(int status, Map<String, Object> body) {
        List<FieldProblem> fields = body.get("errors") instanceof List<?> list
                ? list.stream().filter(Map.class::isInstance).map(e -> (Map<String, Object>) e)
                .map(e -> new FieldProblem(String.valueOf(e.get("field")), String.valueOf(e.get("message")))).toList()
                : List.of();
        String title = body.get("title") instanceof String t ? t : "The service answered " + status;
        String detail = body.get("detail") instanceof String d ? d : null;
        // the services give the code as a property and as the end of the problem's type
        String code = body.get("code") instanceof String c ? c
                : body.get("type") instanceof String type && type.startsWith(CODE_TYPE) ? type.substring(CODE_TYPE.length())
                : null;
        return new ServiceProblem(status, title, detail, fields, code);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** What went wrong in words: the detail, else the title. */
    public String words() {
        return detail == null || detail.isBlank() ? title : detail;
    }

    /** The service's business error code (WORKSHOP_FULL, ...), null when it gave none. */
    public String code() {
        return code;
    }

    public List<FieldProblem> errors() {
        return errors;
    }

    public record FieldProblem(String field, String message) {
    }
}
