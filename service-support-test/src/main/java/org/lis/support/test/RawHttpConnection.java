package org.lis.support.test;

import org.junit.jupiter.api.Assertions;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP/1.1 keep-alive connection over a plain socket, for what an HTTP client library will not
 * send as asked: raw bytes in the request-target ({@code %00}, {@code {}}), oversized headers, many
 * requests on the same connection. Each read waits at most the timeout given, so a server that
 * never answers fails the test instead of hanging it.
 */
public final class RawHttpConnection implements AutoCloseable {

    /** A response as read off the wire; header names in lower case. */
    public record Response(int status, Map<String, String> headers, String body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        /**
         * Fails unless this is a problem+json answer with this status, a title and a detail, naming {@code field}
         * in its errors when that is not null.
         */
        public void assertProblem(int status, String field) {
            Assertions.assertEquals(status, this.status, body);
            Assertions.assertEquals("application/problem+json", header("Content-Type"), body);
            for (String part : List.of("\"status\":" + status, "\"title\":", "\"detail\":")) {
                Assertions.assertTrue(body.contains(part), () -> "no " + part + " in " + body);
            }
            if (field != null) {
                Assertions.assertTrue(body.contains("\"field\":\"" + field + "\""), () -> "no field " + field + " in " + body);
            }
        }
    }

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    private RawHttpConnection(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new BufferedInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
    }

    public static RawHttpConnection open(int port, Duration readTimeout) {
        try {
            Socket socket = new Socket("localhost", port);
            socket.setSoTimeout((int) readTimeout.toMillis());
            return new RawHttpConnection(socket);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends a request (Host and, with a body, Content-Length added) and reads its response. */
    public Response exchange(String method, String target, Map<String, String> headers, String body) {
        send(method, target, headers, body);
        return read();
    }

    public void send(String method, String target, Map<String, String> headers, String body) {
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\nHost: localhost\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        if (body != null) {
            head.append("Content-Length: ").append(bytes.length).append("\r\n");
        }
        head.append("\r\n");
        try {
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @throws UncheckedIOException wrapping a {@link SocketTimeoutException} when no response comes in time */
    public Response read() {
        try {
            String statusLine = line();
            Map<String, String> headers = new LinkedHashMap<>();
            for (String header = line(); !header.isEmpty(); header = line()) {
                int colon = header.indexOf(':');
                headers.put(header.substring(0, colon).strip().toLowerCase(Locale.ROOT), header.substring(colon + 1).strip());
            }
            byte[] body;
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                ByteArrayOutputStream chunks = new ByteArrayOutputStream();
                for (int size = Integer.parseInt(line().strip(), 16); size > 0; size = Integer.parseInt(line().strip(), 16)) {
                    chunks.write(in.readNBytes(size));
                    line();
                }
                line();
                body = chunks.toByteArray();
            } else {
                body = in.readNBytes(Integer.parseInt(headers.getOrDefault("content-length", "0")));
            }
            return new Response(Integer.parseInt(statusLine.split(" ")[1]), headers, new String(body, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when the server closed the connection (end of stream) within the read timeout. */
    public boolean closedByServer() {
        try {
            return in.read() < 0;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new EOFException("Connection closed after \"" + line + "\"");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
