package org.lis.localstack;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;

/**
 * The local stack's mail server (GreenMail): it accepts whatever the workshop service sends and keeps it in memory
 * until the stack stops, for the console's outbox and the tests to read. Nothing reaches anyone's real inbox.
 */
final class EmbeddedSmtp implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedSmtp.class);

    private final GreenMail server;

    private EmbeddedSmtp(GreenMail server) {
        this.server = server;
    }

    static EmbeddedSmtp start(int port) {
        GreenMail server = new GreenMail(new ServerSetup(port, "localhost", ServerSetup.PROTOCOL_SMTP));
        try {
            server.start();
        } catch (RuntimeException e) {
            throw new IllegalStateException("Cannot start the local SMTP server on localhost:" + port
                    + " (set SMTP_PORT to another port): " + e.getMessage(), e);
        }
        EmbeddedSmtp smtp = new EmbeddedSmtp(server);
        log.info("Embedded SMTP server on localhost:{}", smtp.port());
        return smtp;
    }

    int port() {
        return server.getSmtp().getPort();
    }

    /** Every message received so far, oldest first. */
    List<MimeMessage> received() {
        return List.of(server.getReceivedMessages());
    }

    @Override
    public void close() {
        server.stop();
    }
}
