package org.lis.support.error;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;

/**
 * An RFC 9457 problem on its way out: status, title, detail, extra members ({@code code},
 * {@code errors}) and the headers that go with it (Retry-After, WWW-Authenticate, Allow).
 */
public record Problem(HttpStatusCode status, String type, String title, String detail,
                      Map<String, Object> properties, HttpHeaders headers) {

    /** One invalid input: the JSON path or parameter name, and what is wrong with it. */
    public record FieldError(String field, String message) {
    }

    public static Problem of(HttpStatusCode status, String title, String detail) {
        return new Problem(status, "about:blank", title, detail, new LinkedHashMap<>(), new HttpHeaders());
    }

    public Problem withType(String newType) {
        return new Problem(status, newType, title, detail, properties, headers);
    }

    public Problem with(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    public Problem withErrors(List<FieldError> errors) {
        return with("errors", errors);
    }

    public Problem withHeader(String name, String value) {
        headers.set(name, value);
        return this;
    }

    /** The JSON body: the standard members first, then the extension members. */
    public Map<String, Object> body(String instance) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("title", title);
        body.put("status", status.value());
        body.put("detail", detail);
        if (instance != null) {
            body.put("instance", instance);
        }
        body.putAll(properties);
        return body;
    }
}
