package org.lis.localstack;

import java.security.SecureRandom;
import java.util.Base64;

/** The secret the gateway signs relay tokens with, new at every start: nothing to configure, nothing to leak. */
final class RelaySecret {

    private RelaySecret() {
    }

    static String random() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
