package org.lis.localstack.demo;

import java.util.List;
import java.util.Map;

/** A partner of the demo register; {@code key} names it within the demo data. */
record DemoPartner(String key, String name, String type, List<String> sectors, List<String> themes, String district,
                   boolean keyPartner) {

    Map<String, Object> body() {
        return Map.of("name", name, "type", type, "sectors", sectors, "themes", themes, "district", district,
                "keyPartner", keyPartner);
    }
}
