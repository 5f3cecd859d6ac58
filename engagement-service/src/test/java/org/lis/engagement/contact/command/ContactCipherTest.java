package org.lis.engagement.contact.command;

import org.junit.jupiter.api.Test;

import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContactCipherTest {

    @Test
    void encryptedValueReadsBackOnlyWithItsKey() {
        String key = ContactCipher.newKey();
        assertThat(Base64.getDecoder().decode(key)).hasSize(32);
        String sealed = ContactCipher.encrypt(key, "alex@buckingham.ac.uk");
        assertThat(sealed).doesNotContain("alex");
        assertThat(Base64.getDecoder().decode(sealed).length).isEqualTo(12 + "alex@buckingham.ac.uk".length() + 16);
        assertThat(ContactCipher.decrypt(key, sealed)).isEqualTo("alex@buckingham.ac.uk");
        assertThatThrownBy(() -> ContactCipher.decrypt(ContactCipher.newKey(), sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void sameValueEncryptsDifferentlyEachTime() {
        String key = ContactCipher.newKey();
        assertThat(ContactCipher.encrypt(key, "Alex")).isNotEqualTo(ContactCipher.encrypt(key, "Alex"));
    }

    @Test
    void missingOptionalValueStaysMissing() {
        assertThat(ContactCipher.encrypt(ContactCipher.newKey(), null)).isNull();
        assertThat(ContactCipher.decrypt(ContactCipher.newKey(), null)).isNull();
    }
}
