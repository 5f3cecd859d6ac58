package org.lis.engagement.contact.command;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * @param keyFile {@code lis.contacts.key-file}: keep contacts' keys in this file ({@link FileContactKeyStore}),
 *                for a single instance on a local disk; the local stack sets it beside its data file. Unset, the
 *                keys are kept in the database ({@link MongoContactKeyStore}), which several instances can share.
 */
@ConfigurationProperties("lis.contacts")
public record ContactKeyProperties(Path keyFile) {
}
