package org.lis.console.config;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The GOV.UK Frontend stylesheet with its fonts and images pointed into the webjar: the published file names
 * them under /assets/, a path the console does not own in the gateway.
 */
@RestController
class GovukStylesheet {

    static final String WEBJAR = "/webjars/govuk-frontend/5.14.0/dist/govuk/";

    private final String css;

    GovukStylesheet() {
        try (var in = new ClassPathResource("META-INF/resources" + WEBJAR + "govuk-frontend.min.css").getInputStream()) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("url(/assets/", "url(" + WEBJAR + "assets/");
        } catch (IOException e) {
            throw new UncheckedIOException("The govuk-frontend webjar is not on the classpath", e);
        }
    }

    @GetMapping(path = "/console-assets/govuk-frontend.min.css", produces = "text/css")
    ResponseEntity<String> stylesheet() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofHours(1)))
                .contentType(new MediaType("text", "css", StandardCharsets.UTF_8)).body(css);
    }
}
