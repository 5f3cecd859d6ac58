package org.lis.localstack;

import java.nio.file.Path;
import java.util.Optional;

/** The stack as the tests start it: its own embedded server on a data file in the test's folder, free ports, no demo. */
public final class TestStacks {

    private TestStacks() {
    }

    public static LocalStackSettings settings(Path dataFolder) {
        return new LocalStackSettings(dataFolder.resolve("mongo.journal"), 0, 0, 0, Optional.empty(), false);
    }
}
