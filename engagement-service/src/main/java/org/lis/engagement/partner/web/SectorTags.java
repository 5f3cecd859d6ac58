package org.lis.engagement.partner.web;

/** The sector tag format, named once for the request bodies that carry tags. */
final class SectorTags {

    static final String PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";
    static final String MESSAGE = "must be a lower-case kebab-case tag such as creative-industries";
    static final int MAX_LENGTH = 100;

    private SectorTags() {
    }
}
