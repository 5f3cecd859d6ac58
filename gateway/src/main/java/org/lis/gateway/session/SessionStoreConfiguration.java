package org.lis.gateway.session;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.session.SessionProperties;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.ReactiveSessionRepository;
import org.springframework.session.data.mongo.MongoSession;
import org.springframework.session.data.mongo.MongoSessionCopies;
import org.springframework.session.data.mongo.ReactiveMongoSessionRepository;

/**
 * Puts {@link QuietTouchSessions}, {@link RecentSessions} and {@link InlineNewSessions} in front of the MongoDB
 * session store Spring Boot configures.
 */
@Configuration
public class SessionStoreConfiguration {

    /** How stale the stored last access of an unchanged session may get before it is written again. */
    static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
    /** How long a session read here is reused; also how late a sign-out on another instance is seen here. */
    static final Duration REREAD_AFTER = Duration.ofSeconds(5);
    static final int MAX_RECENT = 10_000;

    @Bean
    static BeanPostProcessor gatewaySessions(ObjectProvider<SessionProperties> session,
                                             ObjectProvider<ServerProperties> server, ObjectProvider<Clock> clock) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof ReactiveMongoSessionRepository mongo) {
                    // the idle timeout the store gives new sessions, as Spring Boot works it out for the store
                    Duration idle = session.getObject().determineTimeout(
                            () -> server.getObject().getReactive().getSession().getTimeout());
                    var made = new InlineNewSessions<>(mongo, () -> new MongoSession(idle.toSeconds()));
                    var recent = new RecentSessions<>(made, MongoSessionCopies::copyOf, MongoSessionCopies::idsWrittenBy,
                            REREAD_AFTER, MAX_RECENT, clock.getObject());
                    return new QuietTouchSessions<>(recent, TOUCH_EVERY);
                }
                return bean instanceof ReactiveSessionRepository<?> store && !(bean instanceof QuietTouchSessions<?>)
                        ? new QuietTouchSessions<>(store, TOUCH_EVERY)
                        : bean;
            }
        };
    }
}
