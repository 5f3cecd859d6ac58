package org.lis.support.test;

import com.deque.html.axecore.results.Rule;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core's rules run in the page itself: the script (the one the axe-core Selenium library ships) is put into the
 * page once, and each check is one {@code axe.run}. The library's own runner sends the 550 KB script twice a check
 * and opens a second window to merge results from frames, which these pages do not have; that took about 1.1 s of
 * every check.
 */
final class Axe {

    private static final String SCRIPT = read("/axe.min.js");
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                .then(results => done(JSON.stringify(results.violations)), error => done('!' + error));
            """;
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private Axe() {
    }

    /** The violations of the rules with any of these tags on the page the browser shows now. */
    static List<Rule> violations(ChromeDriver driver, List<String> tags) {
        if (!Boolean.TRUE.equals(driver.executeScript("return typeof window.axe === 'object'"))) {
            driver.executeScript(SCRIPT);
        }
        String answer = (String) driver.executeAsyncScript(RUN, tags);
        if (answer.startsWith("!")) {
            throw new IllegalStateException("axe-core failed on " + driver.getCurrentUrl() + ": " + answer);
        }
        try {
            return JSON.readValue(answer, new TypeReference<>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(String resource) {
        try (InputStream in = Axe.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path (axe-core's Selenium jar)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
