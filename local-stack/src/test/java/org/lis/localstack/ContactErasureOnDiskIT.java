package org.lis.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lis.localstack.StackHttp.authorised;
import static org.lis.localstack.StackHttp.awaitStatus;
import static org.lis.localstack.StackHttp.body;
import static org.lis.localstack.StackHttp.created;
import static org.lis.localstack.StackHttp.delete;
import static org.lis.localstack.StackHttp.expect;
import static org.lis.localstack.StackHttp.get;
import static org.lis.localstack.StackHttp.post;
import static org.lis.localstack.StackHttp.send;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lis.engagement.contact.command.ContactKeyStore;

/**
 * The right to erasure as the disk sees it. The local stack runs on a data folder of its own; two contacts are
 * added, one is erased, the stack stops as Ctrl-C stops it, and then every file in the folder is read byte by
 * byte, not through the database, for the contacts' keys in every form a key is kept in. The erased contact's
 * key must be nowhere; the kept contact's key must be found by the same scan (else the scan proves nothing),
 * and was found for both before the erasure. Neither contact's name or email is ever on disk in plain text.
 */
class ContactErasureOnDiskIT {

    private static final String PARTNER = """
            {"name":"Bucks Health Trust","type":"OTHER","sectors":["life-sciences"],
             "themes":["AGEING_SOCIETY"],"district":"Wycombe","keyPartner":true}""";

    private static final String OFFICER = "officer";

    @TempDir
    Path dataFolder;

    @Test
    void noCopyOfAnErasedContactsKeyIsLeftInAnyFileOfTheDataFolder() throws Exception {
        LocalStackSettings settings = TestStacks.settings(dataFolder);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> erin = contact("Erin Erased " + suffix, "erin." + suffix + "@bucks-health.example.org");
        Map<String, String> kai = contact("Kai Kept " + suffix, "kai." + suffix + "@bucks-health.example.org");
        String erinKey;
        String kaiKey;
        String partnerId;
        String kaiId;
        try (RunningStack stack = LocalStack.start(settings)) {
            URI base = stack.engagementBase();
            partnerId = created(post(base, "/api/partners", OFFICER, PARTNER));
            String contacts = "/api/partners/" + partnerId + "/contacts";
            String erinId = created(send(authorised(HttpRequest.newBuilder(base.resolve(contacts))
                    .header("Content-Type", "application/json").header("Idempotency-Key", "erin-" + suffix)
                    .POST(HttpRequest.BodyPublishers.ofString(StackHttp.JSON.writeValueAsString(erin))), OFFICER)));
            kaiId = created(post(base, contacts, OFFICER, kai));
            expect(200, get(base, contacts + "/" + erinId, OFFICER));
            expect(200, get(base, contacts + "/" + kaiId, OFFICER));
            Map<String, String> keys = stack.engagement().getBean(ContactKeyStore.class)
                    .find(List.of(erinId, kaiId)).block();
            erinKey = keys.get(erinId);
            kaiKey = keys.get(kaiId);
            assertThat(erinKey).isNotNull();
            assertThat(kaiKey).isNotNull();
            awaitFound(erinKey);
            awaitFound(kaiKey);

            expect(204, delete(base, contacts + "/" + erinId, OFFICER));
            awaitStatus(base, contacts + "/" + erinId, OFFICER, 404);
        }

        assertThat(filesHolding(encodings(erinKey))).as("copies of the erased contact's key").isEmpty();
        assertThat(filesHolding(encodings(kaiKey))).as("copies of the kept contact's key").isNotEmpty();
        for (Map<String, String> person : List.of(erin, kai)) {
            assertThat(filesHolding(text(person.get("name"), person.get("email"))))
                    .as("plain personal data on disk").isEmpty();
        }

        try (RunningStack restarted = LocalStack.start(settings)) {
            HttpResponse<String> kept = awaitStatus(restarted.engagementBase(),
                    "/api/partners/" + partnerId + "/contacts/" + kaiId, OFFICER, 200);
            assertThat(body(kept).path("name").asText()).isEqualTo(kai.get("name"));
        }
    }

    private static Map<String, String> contact(String name, String email) {
        return Map.of("name", name, "role", "Head of Innovation", "email", email, "phone", "+44 1494 526161",
                "lawfulBasis", "LEGITIMATE_INTERESTS");
    }

    /** The key as raw bytes and in each text form a store could write it in: Base64 (both alphabets), hex. */
    private static Map<String, byte[]> encodings(String base64Key) {
        byte[] raw = Base64.getDecoder().decode(base64Key);
        Map<String, byte[]> forms = new LinkedHashMap<>();
        forms.put("raw", raw);
        List<String> texts = List.of(Base64.getEncoder().encodeToString(raw),
                Base64.getEncoder().withoutPadding().encodeToString(raw),
                Base64.getUrlEncoder().withoutPadding().encodeToString(raw),
                HexFormat.of().formatHex(raw), HexFormat.of().withUpperCase().formatHex(raw));
        for (String text : texts) {
            forms.put(text + " (UTF-8)", text.getBytes(StandardCharsets.UTF_8));
            forms.put(text + " (UTF-16LE)", text.getBytes(StandardCharsets.UTF_16LE));
            forms.put(text + " (UTF-16BE)", text.getBytes(StandardCharsets.UTF_16BE));
        }
        return forms;
    }

    private static Map<String, byte[]> text(String... texts) {
        Map<String, byte[]> forms = new LinkedHashMap<>();
        for (String text : texts) {
            forms.put(text, text.getBytes(StandardCharsets.UTF_8));
        }
        return forms;
    }

    /** "file: form" for every file under the data folder that holds any of the forms, read as raw bytes. */
    private List<String> filesHolding(Map<String, byte[]> forms) throws IOException {
        List<String> found = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> all = Files.walk(dataFolder)) {
            files = all.filter(Files::isRegularFile).toList();
        }
        assertThat(files).as("files in the data folder").isNotEmpty();
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            forms.forEach((form, needle) -> {
                if (indexOf(bytes, needle) >= 0) {
                    found.add(dataFolder.relativize(file) + ": " + form);
                }
            });
        }
        return found;
    }

    /** While the stack runs, the embedded server writes its pages within about a second. */
    private void awaitFound(String key) throws Exception {
        Instant deadline = Instant.now().plusSeconds(10);
        while (filesHolding(encodings(key)).isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        assertThat(filesHolding(encodings(key))).as("the scan finds a key that exists").isNotEmpty();
    }

    /** Where {@code needle} first stands in {@code haystack}, or -1 (in ISO-8859-1 each byte is one char). */
    private static int indexOf(byte[] haystack, byte[] needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).indexOf(new String(needle, StandardCharsets.ISO_8859_1));
    }
}
