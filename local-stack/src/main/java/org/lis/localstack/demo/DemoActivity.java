package org.lis.localstack.demo;

import java.util.List;

/** Engagement outside workshops; {@code forProgramme} false for corridor-wide engagement tied to no programme. */
record DemoActivity(String key, String partner, String kind, String occurredOn, String summary, boolean forProgramme,
                    List<String> themes) {
}
