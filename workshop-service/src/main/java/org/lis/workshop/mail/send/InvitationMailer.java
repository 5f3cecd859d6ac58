package org.lis.workshop.mail.send;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.lis.events.workshop.MailFailure;
import org.lis.events.workshop.MailKind;
import org.lis.workshop.hypothesis.query.HypothesisQueries;
import org.lis.workshop.mail.MailerProperties;
import org.lis.workshop.mail.command.MailPlan;
import org.lis.workshop.mail.command.PlanMailCommand;
import org.lis.workshop.mail.command.RecordMailFailedCommand;
import org.lis.workshop.mail.command.RecordMailSentCommand;
import org.lis.workshop.mail.job.MailJob;
import org.lis.workshop.mail.job.ScheduledWorkshop;
import org.lis.workshop.mail.job.ScheduledWorkshops;
import org.lis.workshop.mail.recipient.Recipient;
import org.lis.workshop.mail.recipient.Recipients;
import org.lis.workshop.mail.recipient.RecipientsUnavailable;
import org.lis.workshop.mail.send.MailText.Hypothesis;
import org.lis.workshop.rsvp.link.RsvpLink;
import org.lis.workshop.rsvp.link.RsvpLinks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.ByteArrayDataSource;
import reactor.core.publisher.Mono;

/**
 * Sends what one mail job still needs: asks the workshop what is left and to whom, asks the engagement service for
 * those contacts' names and addresses, then writes to each in turn, recording each email the mail server accepted
 * before the next. So a job cut short (a crash, a failed attempt) resumes with the contacts not yet recorded.
 *
 * <p>Between the mail server's acceptance and the record there is a window: a process that dies there sends that
 * email again when the job is taken over (at least once). The message id and the calendar UID and SEQUENCE are the
 * same the second time, so mail and calendar programs see one message and one entry.
 */
public class InvitationMailer {

    private static final Logger log = LoggerFactory.getLogger(InvitationMailer.class);

    private final MailCommands commands;
    private final ScheduledWorkshops workshops;
    private final Recipients recipients;
    private final RsvpLinks links;
    private final HypothesisQueries hypotheses;
    private final JavaMailSender sender;
    private final MailerProperties properties;
    private final Clock clock;

    public InvitationMailer(CommandGateway commands, Duration commandTimeout, ScheduledWorkshops workshops,
                            Recipients recipients, RsvpLinks links, HypothesisQueries hypotheses,
                            JavaMailSender sender, MailerProperties properties, Clock clock) {
        this.commands = new MailCommands(commands, commandTimeout);
        this.workshops = workshops;
        this.recipients = recipients;
        this.links = links;
        this.hypotheses = hypotheses;
        this.sender = sender;
        this.properties = properties;
        this.clock = clock;
    }

    /** Sends the job's emails; throws {@link MailAttemptFailed} when the attempt is to be repeated. */
    void deliver(MailJob job) {
        ScheduledWorkshop workshop = workshops.find(job.workshopId()).orElseThrow(() -> new IllegalStateException(
                "No schedule of workshop " + job.workshopId() + " for mail job " + job.id()));
        MailPlan plan = commands.plan(new PlanMailCommand(job.workshopId(), job.invitationId(), job.kind(),
                workshop.sequence(), clock.instant()));
        if (!plan.due()) {
            log.info("No {} email for invitation {}: {}", job.kind(), job.invitationId(), plan.skipped());
            return;
        }
        List<Recipient> to = recipients(plan);
        if (to == null) {
            // nobody with an address: no contact, none allowed, or every one erased; the officer sees why
            if (commands.record(new RecordMailFailedCommand(job.workshopId(), job.invitationId(), null, job.kind(),
                    workshop.sequence(), MailFailure.NO_RECIPIENT, job.attempts() + 1, clock.instant()))) {
                log.info("{} email for invitation {} not sent: no recipient", job.kind(), job.invitationId());
            }
            return;
        }
        if (to.isEmpty()) {
            // a job taken over after its last email was recorded: nothing is left
            return;
        }
        boolean takenBack = job.kind() == MailKind.CANCELLATION || job.kind() == MailKind.WITHDRAWN;
        List<Hypothesis> tested = takenBack ? List.of() : hypotheses(workshop);
        for (int i = 0; i < to.size(); i++) {
            Recipient recipient = to.get(i);
            try {
                String messageId = send(job, workshop, recipient, tested);
                commands.record(new RecordMailSentCommand(job.workshopId(), job.invitationId(),
                        recipient.contactId(), job.kind(), workshop.sequence(), messageId, clock.instant()));
            } catch (MailException e) {
                if (refused(e)) {
                    // the server will not take it for this address: trying again would not help
                    commands.record(new RecordMailFailedCommand(job.workshopId(), job.invitationId(),
                            recipient.contactId(), job.kind(), workshop.sequence(), MailFailure.REFUSED,
                            job.attempts() + 1, clock.instant()));
                    continue;
                }
                throw new MailAttemptFailed(MailFailure.SERVER_UNAVAILABLE,
                        to.subList(i, to.size()).stream().map(Recipient::contactId).toList(), e);
            }
        }
    }

    /** After the last attempt: the emails still waiting are recorded as failed, so the officer sees them. */
    void giveUp(MailJob job, MailAttemptFailed failed, int attempts) {
        int sequence = workshops.find(job.workshopId()).map(ScheduledWorkshop::sequence).orElse(0);
        // not even the recipients were known: one failure for the invitation as a whole
        List<String> waiting = failed.waiting().isEmpty() ? Collections.singletonList(null) : failed.waiting();
        for (String contactId : waiting) {
            commands.record(new RecordMailFailedCommand(job.workshopId(), job.invitationId(), contactId, job.kind(),
                    sequence, failed.failure(), attempts, clock.instant()));
        }
    }

    /**
     * Who to write to now, less those the workshop says already have it; null when nobody at all can be written to
     * (no contact allowed, or every one erased).
     */
    private List<Recipient> recipients(MailPlan plan) {
        List<Recipient> found = new ArrayList<>();
        try {
            if (plan.recipients() == null) {
                found.addAll(recipients.of(plan.partnerId(), plan.contactId()));
            } else {
                for (String contactId : plan.recipients()) {
                    // an erased contact has no address any more, and is simply not written to
                    found.addAll(recipients.of(plan.partnerId(), contactId));
                }
            }
        } catch (RecipientsUnavailable e) {
            throw new MailAttemptFailed(MailFailure.SERVER_UNAVAILABLE,
                    plan.recipients() == null ? List.of() : plan.recipients(), e);
        }
        return found.isEmpty() ? null : found.stream()
                .filter(recipient -> !plan.alreadySent().contains(recipient.contactId()))
                .toList();
    }

    private String send(MailJob job, ScheduledWorkshop workshop, Recipient recipient, List<Hypothesis> tested) {
        String messageId = MessageIds.of(job.kind(), job.invitationId(), recipient.contactId(), workshop.sequence(),
                properties.domain());
        MailText.Links answer = job.kind() == MailKind.CANCELLATION || job.kind() == MailKind.WITHDRAWN ? null
                : links(job, recipient);
        MailText text = MailText.of(job.kind(), workshop, recipient.name(), tested, answer, properties.signature(),
                properties.zone());
        Instant now = clock.instant();
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED,
                    StandardCharsets.UTF_8.name());
            helper.setFrom(properties.sender());
            helper.setTo(new InternetAddress(recipient.email(), recipient.name(), StandardCharsets.UTF_8.name()));
            helper.setSubject(text.subject());
            helper.setSentDate(Date.from(now));
            helper.setText(text.body());
            if (job.kind() != MailKind.REMINDER) {
                String calendar = CalendarFile.of(workshop, job.kind(), workshop.sequence(), recipient,
                        properties.sender(), properties.domain(), properties.zone(), now, description(tested));
                helper.addAttachment("invite.ics", new ByteArrayDataSource(calendar.getBytes(StandardCharsets.UTF_8),
                        "text/calendar; method=" + CalendarFile.method(job.kind()) + "; charset=UTF-8"));
            }
            message.setHeader("Message-ID", messageId);
            sender.send(message);
            return messageId;
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new IllegalStateException("Could not make the " + job.kind() + " email of invitation "
                    + job.invitationId(), e);
        }
    }

    private MailText.Links links(MailJob job, Recipient recipient) {
        String token = links.issue(new RsvpLink(job.workshopId(), job.invitationId(), recipient.contactId()));
        String base = properties.linkBase().replaceAll("/+$", "") + "/rsvp/" + token + "?response=";
        return new MailText.Links(base + "ACCEPTED", base + "TENTATIVE", base + "DECLINED");
    }

    private List<Hypothesis> hypotheses(ScheduledWorkshop workshop) {
        List<Hypothesis> found = new ArrayList<>();
        for (String id : workshop.hypothesisIds()) {
            // a hypothesis the views do not show yet is left out rather than holding the email up
            hypotheses.find(id).onErrorResume(e -> Mono.empty())
                    .blockOptional(Duration.ofSeconds(5))
                    .map(h -> new Hypothesis(h.title(), h.statement()))
                    .ifPresent(found::add);
        }
        return found;
    }

    private static String description(List<Hypothesis> tested) {
        return tested.isEmpty() ? "" : "Hypotheses to be tested:\n"
                + String.join("\n", tested.stream().map(h -> "- " + h.title()).toList());
    }

    /**
     * A 5xx answer about the recipient or the message is permanent, unlike a server that cannot be reached or
     * answers 4xx (try later). Spring keeps the transport's exception per message, not as the cause.
     */
    private static boolean refused(MailException e) {
        List<Throwable> failures = new ArrayList<>();
        failures.add(e);
        if (e instanceof MailSendException send) {
            failures.addAll(send.getFailedMessages().values());
        }
        for (Throwable failure : failures) {
            for (Throwable t = failure; t != null; t = next(t)) {
                int code = t instanceof SMTPAddressFailedException address ? address.getReturnCode()
                        : t instanceof SMTPSendFailedException sending ? sending.getReturnCode() : 0;
                if (code >= 500) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Throwable next(Throwable t) {
        Throwable next = t instanceof MessagingException messaging && messaging.getNextException() != null
                ? messaging.getNextException() : t.getCause();
        return next == t ? null : next;
    }
}
