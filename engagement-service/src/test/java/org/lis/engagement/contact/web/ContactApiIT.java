package org.lis.engagement.contact.web;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.lis.engagement.ApiTestBase;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.lis.support.test.TestUsers.BOARD;
import static org.lis.support.test.TestUsers.FACILITATOR;
import static org.lis.support.test.TestUsers.OFFICER;

class ContactApiIT extends ApiTestBase {

    @Test
    void officerAddsContactAndSeesItDecrypted() {
        String partnerId = registerPartner(unique("University of Buckingham"));
        Map<String, Object> contact = contactBody();
        String contactId = createdId(addContact(partnerId, contact), "/api/partners/" + partnerId + "/contacts/.+", 1);
        awaitContactShown(partnerId, contactId);

        get("/api/partners/" + partnerId, OFFICER).expectStatus().isOk().expectBody()
                .jsonPath("$.contacts[0].id").isEqualTo(contactId)
                .jsonPath("$.contacts[0].name").isEqualTo(contact.get("name"))
                .jsonPath("$.contacts[0].email").isEqualTo(contact.get("email"))
                .jsonPath("$.contacts[0].phone").isEqualTo("+44 1280 814080")
                .jsonPath("$.contacts[0].role").isEqualTo("Dean of Research")
                .jsonPath("$.contacts[0].lawfulBasis").isEqualTo("LEGITIMATE_INTERESTS");
    }

    @Test
    void boardAndFacilitatorNeverSeePersonalData() {
        String partnerId = registerPartner(unique("UK Space Agency"));
        Map<String, Object> contact = contactBody();
        String contactId = createdId(addContact(partnerId, contact));
        awaitContactShown(partnerId, contactId);
        for (String user : List.of(BOARD, FACILITATOR)) {
            String body = get("/api/partners/" + partnerId, user).expectStatus().isOk()
                    .expectBody().jsonPath("$.contacts").doesNotExist()
                    .returnResult().toString();
            assertThat(body).doesNotContain((String) contact.get("email")).doesNotContain((String) contact.get("name"));
        }
    }

    @Test
    void contactWithInvalidFieldsIsRefusedNamingThem() {
        String partnerId = registerPartner(unique("Brunel University"));
        assertInvalid(partnerId, with("name", " "), "name");
        assertInvalid(partnerId, with("email", "not-an-email"), "email");
        assertInvalid(partnerId, with("email", "someone@localhost"), "email");
        assertInvalid(partnerId, with("phone", "call me maybe"), "phone");
        assertInvalid(partnerId, with("phone", "123"), "phone");
        assertInvalid(partnerId, with("lawfulBasis", null), "lawfulBasis");
        assertInvalid(partnerId, with("lawfulBasis", "BECAUSE"), "lawfulBasis");
        assertThat(eventsOf(partnerId, "ContactAddedEvent")).isZero();
    }

    @Test
    void contactOnUnknownPartnerIsNotFoundAndLeavesNoKey() {
        long keys = serviceDatabase().getCollection("contact_keys").countDocuments();
        addContact("no-such-partner", contactBody()).expectStatus().isNotFound();
        client.delete().uri("/api/partners/no-such-partner/contacts/c-1").header("Authorization", OFFICER).exchange()
                .expectStatus().isNotFound();
        assertThat(serviceDatabase().getCollection("contact_keys").countDocuments()).isEqualTo(keys);
    }

    @Test
    void onlyOfficersAddAndEraseContacts() {
        String partnerId = registerPartner(unique("Royal Holloway"));
        post("/api/partners/" + partnerId + "/contacts", BOARD, contactBody()).expectStatus().isForbidden();
        post("/api/partners/" + partnerId + "/contacts", FACILITATOR, contactBody()).expectStatus().isForbidden();
        String contactId = createdId(addContact(partnerId, contactBody()));
        for (String user : List.of(BOARD, FACILITATOR)) {
            client.delete().uri("/api/partners/" + partnerId + "/contacts/" + contactId).header("Authorization", user)
                    .exchange().expectStatus().isForbidden();
        }
    }

    @Test
    void staleIfMatchIsPreconditionFailed() {
        String partnerId = registerPartner(unique("Oxfordshire LEP"));
        addContact(partnerId, contactBody()).expectStatus().isCreated();
        client.post().uri("/api/partners/" + partnerId + "/contacts").header("Authorization", OFFICER)
                .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON).bodyValue(contactBody()).exchange()
                .expectStatus().isEqualTo(412);
        assertThat(eventsOf(partnerId, "ContactAddedEvent")).isEqualTo(1);
    }

    @Test
    void repeatedIdempotencyKeyReturnsTheFirstResponseAndAddsOnce() {
        String partnerId = registerPartner(unique("Silverstone"));
        Map<String, Object> body = contactBody();
        String key = UUID.randomUUID().toString();
        String first = idempotentAdd(partnerId, key, body);
        String second = idempotentAdd(partnerId, key, body);
        assertThat(second).isEqualTo(first);
        assertThat(eventsOf(partnerId, "ContactAddedEvent")).isEqualTo(1);
    }

    @Test
    void locationOfANewContactIsReadableByOfficersUntilErased() {
        String partnerId = registerPartner(unique("Silverstone Park"));
        Map<String, Object> contact = contactBody();
        String location = addContact(partnerId, contact).expectStatus().isCreated()
                .returnResult(String.class).getResponseHeaders().getLocation().getPath();
        String contactId = location.replaceAll(".*/", "");
        awaitContactShown(partnerId, contactId);
        get(location, OFFICER).expectStatus().isOk().expectBody()
                .jsonPath("$.id").isEqualTo(contactId)
                .jsonPath("$.name").isEqualTo(contact.get("name"))
                .jsonPath("$.email").isEqualTo(contact.get("email"))
                .jsonPath("$.lawfulBasis").isEqualTo("LEGITIMATE_INTERESTS");
        get(location, BOARD).expectStatus().isForbidden();
        get(location, FACILITATOR).expectStatus().isForbidden();
        get("/api/partners/" + partnerId + "/contacts/no-such-contact", OFFICER).expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("CONTACT_NOT_FOUND");

        client.delete().uri(location).header("Authorization", OFFICER).exchange().expectStatus().isNoContent();
        get(location, OFFICER).expectStatus().isNotFound();
    }

    @Test
    void erasingAContactRemovesItAndCannotBeRepeated() {
        String partnerId = registerPartner(unique("Aylesbury Vale District Council"));
        String contactId = createdId(addContact(partnerId, contactBody()));
        awaitContactShown(partnerId, contactId);
        client.delete().uri("/api/partners/" + partnerId + "/contacts/" + contactId).header("Authorization", OFFICER)
                .exchange().expectStatus().isNoContent().expectHeader().valueEquals("ETag", "\"2\"");
        awaitPartnerVersion(partnerId, 2);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> get("/api/partners/" + partnerId, OFFICER)
                .expectBody().jsonPath("$.contacts.length()").isEqualTo(0));
        // as if deleting the key had failed the first time: the repeated DELETE is refused but removes it
        serviceDatabase().getCollection("contact_keys").insertOne(new Document("_id", contactId).append("key", "left-over"));
        client.delete().uri("/api/partners/" + partnerId + "/contacts/" + contactId).header("Authorization", OFFICER)
                .exchange().expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("CONTACT_ALREADY_ERASED");
        assertThat(serviceDatabase().getCollection("contact_keys").countDocuments(Filters.eq("_id", contactId))).isZero();
        client.delete().uri("/api/partners/" + partnerId + "/contacts/no-such-contact").header("Authorization", OFFICER)
                .exchange().expectStatus().isNotFound().expectBody().jsonPath("$.code").isEqualTo("CONTACT_NOT_FOUND");
    }

    /**
     * The right to erasure, checked where it matters: after the DELETE, no document in any collection of any
     * database on the server (events, snapshots, tokens, read models, idempotency keys) holds the contact's
     * name or email in readable form, and the partner's engagement is as it was.
     */
    @Test
    void erasedContactLeavesNoReadablePersonalDataAnywhere() {
        String partnerId = registerPartner(unique("Buckinghamshire County Council"));
        String name = "Erin " + UUID.randomUUID().toString().substring(0, 8) + " Eraseme";
        String email = "erin." + UUID.randomUUID().toString().substring(0, 8) + "@bucks.example.org";
        Map<String, Object> contact = new HashMap<>(contactBody());
        contact.put("name", name);
        contact.put("email", email);
        String contactId = createdId(client.post().uri("/api/partners/" + partnerId + "/contacts")
                .header("Authorization", OFFICER).header("Idempotency-Key", "erasure-" + partnerId)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(contact).exchange());
        post("/api/partners/" + partnerId + "/activities", OFFICER, Map.of("kind", "MEETING",
                "occurredOn", "2018-09-01", "summary", "Talked about the evidence base", "themes", List.of("CLEAN_GROWTH")))
                .expectStatus().isCreated();
        awaitPartnerVersion(partnerId, 2);
        awaitContactShown(partnerId, contactId);
        get("/api/partners/" + partnerId, OFFICER).expectBody().jsonPath("$.contacts[0].email").isEqualTo(email);
        assertThat(documentsContaining(name, email)).as("plain personal data before erasure").isEmpty();
        Object historyBefore = history(partnerId);

        client.delete().uri("/api/partners/" + partnerId + "/contacts/" + contactId).header("Authorization", OFFICER)
                .exchange().expectStatus().isNoContent();
        awaitPartnerVersion(partnerId, 3);
        await().atMost(Duration.ofSeconds(5)).until(() -> serviceDatabase().getCollection("partner_contacts")
                .countDocuments(Filters.eq("_id", contactId)) == 0);

        assertThat(serviceDatabase().getCollection("contact_keys").countDocuments(Filters.eq("_id", contactId))).isZero();
        assertThat(documentsContaining(name, email)).as("personal data after erasure").isEmpty();
        assertThat(eventsOf(partnerId, "ContactErasedEvent")).isEqualTo(1);
        String officerView = get("/api/partners/" + partnerId, OFFICER).expectBody(String.class).returnResult().getResponseBody();
        assertThat(officerView).doesNotContain(name).doesNotContain(email);
        assertThat(history(partnerId)).isEqualTo(historyBefore);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> get("/api/partners/" + partnerId, OFFICER)
                .expectBody().jsonPath("$.engagementLevel").isEqualTo("ENGAGED"));
    }

    private Object history(String partnerId) {
        return get("/api/partners/" + partnerId, BOARD).expectBody(Map.class).returnResult().getResponseBody().get("history");
    }

    /** Every document of every collection of every database on the server, searched as JSON. */
    private static List<String> documentsContaining(String... texts) {
        List<String> found = new ArrayList<>();
        for (String databaseName : mongo().listDatabaseNames()) {
            MongoDatabase database = mongo().getDatabase(databaseName);
            for (String collection : database.listCollectionNames()) {
                for (Document doc : database.getCollection(collection).find()) {
                    String json = doc.toJson();
                    for (String text : texts) {
                        if (json.contains(text)) {
                            found.add(databaseName + "." + collection + ": " + text);
                        }
                    }
                }
            }
        }
        return found;
    }

    private void awaitContactShown(String partnerId, String contactId) {
        await().atMost(Duration.ofSeconds(5)).until(() -> serviceDatabase().getCollection("partner_contacts")
                .countDocuments(Filters.and(Filters.eq("_id", contactId), Filters.eq("partnerId", partnerId))) == 1);
    }

    private String idempotentAdd(String partnerId, String key, Map<String, Object> body) {
        return client.post().uri("/api/partners/" + partnerId + "/contacts").header("Authorization", OFFICER)
                .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isCreated().expectBody(String.class).returnResult().getResponseBody();
    }

    private WebTestClient.ResponseSpec addContact(String partnerId, Map<String, Object> body) {
        return post("/api/partners/" + partnerId + "/contacts", OFFICER, body);
    }


    private void assertInvalid(String partnerId, Map<String, Object> body, String field) {
        addContact(partnerId, body).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[*].field").value(hasItem(field));
    }

    private static Map<String, Object> contactBody() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        return Map.of("name", "Alex " + suffix, "role", "Dean of Research", "email", "alex." + suffix + "@buckingham.example.ac.uk",
                "phone", "+44 1280 814080", "lawfulBasis", "LEGITIMATE_INTERESTS");
    }

    private static Map<String, Object> with(String field, Object value) {
        Map<String, Object> body = new HashMap<>(contactBody());
        body.put(field, value);
        return body;
    }
}
