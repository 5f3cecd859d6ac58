package org.lis.localstack;

import java.lang.reflect.InvocationTargetException;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The --demo hook: hands the running services to the demo-data loader, which records the Buckinghamshire
 * programme through the real HTTP API. The loader is written alongside this module; it is looked up by name
 * so the stack builds and runs before it exists.
 */
final class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final String LOADER = "org.lis.localstack.demo.DemoDataLoader";

    private DemoData() {
    }

    static void load(RunningStack stack) {
        Object loader;
        try {
            loader = Class.forName(LOADER)
                    .getConstructor(URI.class, URI.class)
                    .newInstance(stack.engagementBase(), stack.workshopBase());
        } catch (ClassNotFoundException e) {
            log.warn("--demo given, but this build has no demo data loader ({}); the services run without demo data",
                    LOADER);
            return;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot create " + LOADER, e);
        }
        log.info("Loading the demo data");
        try {
            loader.getClass().getMethod("load").invoke(loader);
        } catch (InvocationTargetException e) {
            log.error("Loading the demo data failed; the services keep running", e.getCause());
            return;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot call " + LOADER + ".load()", e);
        }
        log.info("Demo data loaded");
    }
}
