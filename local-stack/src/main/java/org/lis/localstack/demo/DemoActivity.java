package org.lis.localstack.demo;

import java.util.List;

/**
 * Engagement outside workshops, recorded once with every partner present; {@code forProgramme} false for
 * corridor-wide engagement tied to no programme.
 */
record DemoActivity(String key, List<String> partners, String kind, String occurredOn, String summary,
                    boolean forProgramme, List<String> themes) {
}
