package org.lis.console;

import org.junit.jupiter.api.BeforeAll;
import org.lis.consolehost.BucksScenario;

/**
 * The console's pages over HTTP with the Buckinghamshire scenario loaded, as {@link BucksJourney} is for the browser.
 */
abstract class BucksPages extends ConsolePages {

    protected static BucksScenario bucks;

    @BeforeAll
    static void loadScenario() {
        bucks = BucksScenario.load(services);
    }
}
