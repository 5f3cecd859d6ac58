package org.lis.workshop.mail.recipient;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.lis.support.security.RelayTokens;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;

/**
 * Asks the engagement service's internal recipients endpoint, as the {@code MAILER} role, with a relay token this
 * service signs for itself (the secret the services share with the gateway). Nothing it hears is kept.
 */
public class EngagementRecipients implements Recipients {

    static final String SUBJECT = "workshop-service mailer";
    private static final Duration TOKEN_LIFE = Duration.ofMinutes(1);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final WebClient web;
    private final RelayTokens tokens;

    public EngagementRecipients(WebClient.Builder builder, String engagementUrl, RelayTokens tokens) {
        this.web = builder.clone().baseUrl(engagementUrl).build();
        this.tokens = tokens;
    }

    @Override
    public List<Recipient> of(String partnerId, String contactId) {
        try {
            RecipientList answer = web.get()
                    .uri(uri -> uri.path("/internal/partners/{partnerId}/recipients")
                            .queryParamIfPresent("contactId", Optional.ofNullable(contactId)).build(partnerId))
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.mint(SUBJECT, List.of("MAILER"), TOKEN_LIFE))
                    .accept(MediaType.APPLICATION_JSON)
                    .retrieve()
                    .bodyToMono(RecipientList.class)
                    .block(TIMEOUT);
            return answer == null || answer.items() == null ? List.of() : answer.items();
        } catch (WebClientResponseException.NotFound unknownPartner) {
            return List.of();
        } catch (RuntimeException e) {
            // the message names the service and the partner, never anyone's data
            throw new RecipientsUnavailable("The engagement service did not say who to write to at partner "
                    + partnerId + ": " + e.getClass().getSimpleName(), e);
        }
    }

    /** The endpoint's answer. */
    record RecipientList(List<Recipient> items) {
    }
}
