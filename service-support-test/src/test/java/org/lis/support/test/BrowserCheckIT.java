package org.lis.support.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/** The page check the console's journeys rely on finds what axe-core's WCAG rules refuse, and passes a sound page. */
class BrowserCheckIT {

    private static ChromeDriver driver;

    @BeforeAll
    static void startBrowser() {
        driver = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void aSoundPagePasses() {
        show("<html lang='en'><head><title>Partners</title></head><body><main><h1>Partners</h1>"
                + "<img src='data:,' alt='The strategy logo'><label for='name'>Name</label><input id='name'>"
                + "</main></body></html>");

        Browser.checkPage(driver, "sound-page");
    }

    @Test
    void eachRefusedRuleIsNamedWithWhereItFailed() {
        show("<html><head><title>Partners</title></head><body><main><h1>Partners</h1>"
                + "<img id='logo' src='data:,'><input id='name'></main></body></html>");

        assertThatThrownBy(() -> Browser.checkPage(driver, "unsound-page"))
                .hasMessageContaining("accessibility of unsound-page at 1280 px")
                .hasMessageContaining("html-has-lang").hasMessageContaining("image-alt (")
                .hasMessageContaining("#logo").hasMessageContaining("label (");
    }

    @Test
    void theRulesAreCheckedAgainAfterThePageChanges() {
        show("<html lang='en'><head><title>Partners</title></head><body><main><h1>Partners</h1></main></body></html>");
        assertThat(Axe.violations(driver, List.of("wcag2a"))).isEmpty();

        driver.executeScript("document.querySelector('main').insertAdjacentHTML('beforeend', \"<img src='data:,'>\")");

        assertThat(Axe.violations(driver, List.of("wcag2a"))).extracting("id").containsExactly("image-alt");
    }

    private static void show(String html) {
        String encoded = URLEncoder.encode(html, StandardCharsets.UTF_8).replace("+", "%20");
        driver.get("data:text/html;charset=utf-8," + encoded);
    }
}
