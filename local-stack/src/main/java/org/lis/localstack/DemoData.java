package org.lis.localstack;

import org.lis.localstack.demo.DemoDataLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The --demo hook: hands the running services to the demo-data loader, which records the Buckinghamshire
 * programme through the real HTTP API. A failed load leaves the services running, so what was loaded can be
 * looked at and the load repeated (it adds nothing twice).
 */
final class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private DemoData() {
    }

    static void load(RunningStack stack) {
        log.info("Loading the demo data");
        try {
            new DemoDataLoader(stack.engagementBase(), stack.workshopBase()).load();
        } catch (RuntimeException e) {
            log.error("Loading the demo data failed; the services keep running", e);
        }
    }
}
