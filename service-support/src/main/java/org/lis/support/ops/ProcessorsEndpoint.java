package org.lis.support.ops;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code /actuator/processors}, for the ADMIN role (see the security configuration): every streaming processor's
 * state ({@code GET}), one processor's ({@code GET /{name}}), and {@code POST /{name}/replay}, {@code /stop},
 * {@code /start}. An unknown processor or action is a 404, a replay that cannot start a 409, both as problem
 * details.
 */
@Endpoint(id = "processors")
public class ProcessorsEndpoint {

    private final ProcessorStatuses statuses;
    private final Replays replays;

    ProcessorsEndpoint(ProcessorStatuses statuses, Replays replays) {
        this.statuses = statuses;
        this.replays = replays;
    }

    @ReadOperation
    public Map<String, List<ProcessorState>> processors() {
        return Map.of("processors", statuses.all());
    }

    @ReadOperation
    public WebEndpointResponse<Object> processor(@Selector String name) {
        return statuses.of(name).<WebEndpointResponse<Object>>map(WebEndpointResponse::new)
                .orElseGet(() -> problem(404, "Not Found", "No event processor named " + name));
    }

    @WriteOperation
    public WebEndpointResponse<Object> act(@Selector String name, @Selector String action) {
        Function<String, ProcessorState> operation = switch (action) {
            case "replay" -> replays::replay;
            case "stop" -> replays::stop;
            case "start" -> replays::start;
            default -> null;
        };
        if (operation == null) {
            return problem(404, "Not Found", "No action " + action + "; use replay, stop or start");
        }
        try {
            return new WebEndpointResponse<>(operation.apply(name), 202);
        } catch (Replays.UnknownProcessor unknown) {
            return problem(404, "Not Found", unknown.getMessage());
        } catch (Replays.Refused refused) {
            return problem(409, "Conflict", refused.getMessage());
        }
    }

    private static WebEndpointResponse<Object> problem(int status, String title, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        return new WebEndpointResponse<>(body, status);
    }
}
