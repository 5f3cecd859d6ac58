package org.lis.workshop.config;

import java.time.Clock;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.lis.support.command.CommandProperties;
import org.lis.support.security.RelayTokens;
import org.lis.workshop.hypothesis.query.HypothesisQueries;
import org.lis.workshop.mail.MailerProperties;
import org.lis.workshop.mail.job.MailJobs;
import org.lis.workshop.mail.job.MailPlanner;
import org.lis.workshop.mail.job.ScheduledWorkshops;
import org.lis.workshop.mail.recipient.EngagementRecipients;
import org.lis.workshop.mail.recipient.Recipients;
import org.lis.workshop.mail.send.InvitationMailer;
import org.lis.workshop.mail.send.MailDispatcher;
import org.lis.workshop.rsvp.link.RsvpLinks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The mailer of invitations, only where a mail server is configured ({@code spring.mail.host}, which Spring Boot's
 * own mail sender needs): the planner following the workshops' events, each instance's sender, and the client of the
 * engagement service that says who to write to.
 */
@Configuration
@EnableConfigurationProperties(MailerProperties.class)
// as MailSwitch reads it: set and not blank (compose passes an empty SPRING_MAIL_HOST when there is no mail server)
@ConditionalOnExpression("!'${spring.mail.host:}'.isBlank()")
class MailConfig {

    private static final Logger log = LoggerFactory.getLogger(MailConfig.class);

    @Bean
    Recipients engagementRecipients(WebClient.Builder web, MailerProperties properties,
                                    ObjectProvider<RelayTokens> relayTokens) {
        RelayTokens tokens = relayTokens.getIfAvailable();
        if (tokens == null) {
            throw new IllegalStateException("Emailing invitations (spring.mail.host is set) needs "
                    + "lis.security.relay.secret (LIS_SECURITY_RELAY_SECRET): the mailer signs its requests for "
                    + "contacts' addresses to the engagement service with it");
        }
        log.info("Invitations are emailed; recipients come from {}", properties.engagementUrl());
        return new EngagementRecipients(web, properties.engagementUrl(), tokens);
    }

    @Bean
    InvitationMailer invitationMailer(CommandGateway commands, CommandProperties command, ScheduledWorkshops workshops,
                                      Recipients recipients, RsvpLinks links, HypothesisQueries hypotheses,
                                      JavaMailSender sender, MailerProperties properties, Clock clock) {
        return new InvitationMailer(commands, command.timeout(), workshops, recipients, links, hypotheses, sender,
                properties, clock);
    }

    @Bean
    MailDispatcher mailDispatcher(MailJobs jobs, InvitationMailer mailer, MailerProperties properties, Clock clock) {
        return new MailDispatcher(jobs, mailer, properties, clock);
    }

    @Bean
    MailPlanner mailPlanner(MailJobs jobs, ScheduledWorkshops workshops, Clock clock, MailerProperties properties,
                            @Lazy MailDispatcher dispatcher) {
        return new MailPlanner(jobs, workshops, clock, properties.reminderBefore(), properties.zone(),
                dispatcher::wake);
    }
}
