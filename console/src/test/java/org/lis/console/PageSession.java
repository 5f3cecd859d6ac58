package org.lis.console;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** A person signed in to the console's host through its sign-in form, as a browser would: session cookie and CSRF. */
final class PageSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final WebTestClient client;
    private String session;

    private PageSession(WebTestClient client) {
        this.client = client;
    }

    static PageSession signIn(WebTestClient client, String user) {
        PageSession page = new PageSession(client);
        EntityExchangeResult<String> form = client.get().uri("/sign-in").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult();
        page.session = cookie(form.getResponseCookies().getFirst("SESSION"));
        MultiValueMap<String, String> data = new LinkedMultiValueMap<>();
        data.add("username", user);
        data.add("password", user);
        data.add("_csrf", csrf(form.getResponseBody()));
        EntityExchangeResult<byte[]> signedIn = client.post().uri("/sign-in").cookie("SESSION", page.session)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).bodyValue(data).exchange()
                .expectStatus().is3xxRedirection().expectBody().returnResult();
        assertThat(signedIn.getResponseHeaders().getLocation()).hasToString("/");
        page.session = cookie(signedIn.getResponseCookies().getFirst("SESSION"));
        return page;
    }

    WebTestClient.ResponseSpec get(String uri) {
        return client.get().uri(uri).cookie("SESSION", session).exchange();
    }

    String html(String uri) {
        return get(uri).expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }

    /** Posts a form the way its page renders it: with the CSRF token the page carries. */
    WebTestClient.ResponseSpec post(String uri, String pageWithForm, MultiValueMap<String, String> data) {
        data.add("_csrf", csrf(pageWithForm));
        return client.post().uri(uri).cookie("SESSION", session)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).bodyValue(data).exchange();
    }

    static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("the page has a CSRF field").isTrue();
        return m.group(1);
    }

    private static String cookie(ResponseCookie cookie) {
        assertThat(cookie).as("a session cookie").isNotNull();
        return cookie.getValue();
    }
}
