package org.lis.console;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A service stood in for over real HTTP, for the console's page tests: it gives the answer set for each
 * "METHOD /path" (problem+json 404 for any other) and keeps every request it was sent.
 */
final class ServiceStub {

    /** A request as the stub received it. */
    record Sent(String method, String path, String ifMatch, String body) {
    }

    private final Map<String, String[]> answers = new ConcurrentHashMap<>();
    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final HttpServer server;

    ServiceStub() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            sent.add(new Sent(method, path, exchange.getRequestHeaders().getFirst("If-Match"), body));
            String[] answer = answers.getOrDefault(method + " " + path,
                    new String[]{"404", "{\"title\":\"Not Found\",\"status\":404}"});
            int status = Integer.parseInt(answer[0]);
            byte[] bytes = answer[1].getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type",
                    status < 300 ? "application/json" : "application/problem+json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    /** Answers {@code request}, "GET /api/partners" say, with STATUS and JSON from now on. */
    void answer(String request, int status, String json) {
        answers.put(request, new String[]{String.valueOf(status), json});
    }

    List<Sent> sent() {
        return sent;
    }

    /** Forgets the answers and the requests, for the next test. */
    void reset() {
        answers.clear();
        sent.clear();
    }
}
