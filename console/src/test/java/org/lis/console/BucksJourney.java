package org.lis.console;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.lis.support.test.Browser;
import org.lis.consolehost.BucksScenario;
import org.lis.consolehost.RunningServices;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What every journey through the console in a browser starts from: headless Chromium, the services running with the
 * console in front of them, and the Buckinghamshire scenario loaded. Each journey class gets a browser of its own,
 * quit when its tests are done.
 */
abstract class BucksJourney {

    protected static ChromeDriver driver;
    protected static RunningServices services;
    protected static BucksScenario bucks;
    protected static String console;

    @BeforeAll
    static void startBrowserAndLoadScenario() {
        driver = Browser.start();
        services = RunningServices.get();
        bucks = BucksScenario.load(services);
        console = services.console().toString();
    }

    @AfterAll
    static void quitBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }
}
