package org.lis.support.web;

import java.util.Locale;
import org.lis.support.error.DomainException;
import org.lis.support.error.InputError;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * JSON bodies are UTF-8 (RFC 8259 section 8.1). Jackson guesses a body's encoding from its bytes and
 * ignores the declared charset, so a UTF-8 body labelled {@code charset=utf-16} or {@code iso-8859-1}
 * would be read as if it were labelled right. A JSON body declaring any charset but UTF-8 is refused
 * with 400 naming {@code Content-Type}, before anything reads it (no charset means UTF-8). A Content-Type that is no media type
 * at all is left to Spring (415).
 */
class JsonCharsetFilter implements WebFilter, Ordered {

    static final int ORDER = RequestTargetFilter.ORDER + 1;

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        HttpHeaders headers = exchange.getRequest().getHeaders();
        String contentType = headers.getFirst(HttpHeaders.CONTENT_TYPE);
        boolean hasBody = headers.getContentLength() > 0 || headers.containsKey(HttpHeaders.TRANSFER_ENCODING);
        if (contentType == null || !hasBody) {
            return chain.filter(exchange);
        }
        String[] parts = contentType.split(";");
        String type = parts[0].strip().toLowerCase(Locale.ROOT);
        if (!type.equals("application/json") && !(type.startsWith("application/") && type.endsWith("+json"))) {
            return chain.filter(exchange);
        }
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].split("=", 2);
            if (parameter.length == 2 && parameter[0].strip().equalsIgnoreCase("charset")) {
                String charset = unquoted(parameter[1].strip());
                if (!charset.equalsIgnoreCase("utf-8")) {
                    return Mono.error(new DomainException(InputError.INVALID_PARAMETER, HttpHeaders.CONTENT_TYPE,
                            "JSON bodies must be UTF-8; charset=" + charset + " is not accepted"));
                }
            }
        }
        return chain.filter(exchange);
    }

    private static String unquoted(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
