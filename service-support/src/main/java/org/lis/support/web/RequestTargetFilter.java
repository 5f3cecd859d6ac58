package org.lis.support.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.lis.support.error.DomainException;
import org.lis.support.error.InputError;
import org.lis.support.validation.Text;
import org.springframework.core.Ordered;
import org.springframework.http.server.PathContainer;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Query parameters and path segments are single lines: a control character in one ({@code ?q=a%00b},
 * {@code /api/partners/a%07b}) is a 400 naming the parameter or path variable, for every endpoint,
 * before a handler could pass it on to the database (whose driver refuses a NUL in a query: a 500).
 */
class RequestTargetFilter implements WebFilter, Ordered {

    /** After security and the early role check (which also finds the path variables): 401 and 403 come first. */
    static final int ORDER = -97;

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String rawQuery = exchange.getRequest().getURI().getRawQuery();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                int equals = pair.indexOf('=');
                String name = decode(equals < 0 ? pair : pair.substring(0, equals));
                String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
                if (!Text.isSingleLine(name) || !Text.isSingleLine(value)) {
                    return Mono.error(new DomainException(InputError.INVALID_PARAMETER, name,
                            "Query parameter " + name + " must be a single line without control characters"));
                }
            }
        }
        for (PathContainer.Element element : exchange.getRequest().getPath().pathWithinApplication().elements()) {
            if (element instanceof PathContainer.PathSegment segment && !Text.isSingleLine(segment.valueToMatch())) {
                String variable = variableHolding(exchange, segment.valueToMatch());
                return Mono.error(new DomainException(InputError.INVALID_PARAMETER, variable,
                        "The path" + (variable.equals("path") ? "" : " variable " + variable)
                                + " must not contain control characters"));
            }
        }
        return chain.filter(exchange);
    }

    /** The name of the path variable with that value, when the route is known, else {@code path}. */
    private static String variableHolding(ServerWebExchange exchange, String value) {
        Map<String, String> variables = exchange.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables != null) {
            for (Map.Entry<String, String> variable : variables.entrySet()) {
                if (value.equals(variable.getValue())) {
                    return variable.getKey();
                }
            }
        }
        return "path";
    }

    /** As Spring decodes query parameters: %-escapes as UTF-8, '+' as a space; a bad escape stays as sent. */
    private static String decode(String raw) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return raw;
        }
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
