package org.lis.events.partner;

/** The GDPR basis under which a contact's personal data is held. */
public enum LawfulBasis {
    CONSENT,
    LEGITIMATE_INTERESTS,
    PUBLIC_TASK
}
