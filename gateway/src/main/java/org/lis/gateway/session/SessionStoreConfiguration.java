package org.lis.gateway.session;

import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.session.SessionProperties;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.ReactiveSessionRepository;
import org.springframework.session.data.mongo.MongoSession;
import org.springframework.session.data.mongo.ReactiveMongoSessionRepository;

/**
 * Puts {@link QuietTouchSessions} and {@link InlineNewSessions} in front of the MongoDB session store Spring Boot
 * configures.
 */
@Configuration
public class SessionStoreConfiguration {

    /** How stale the stored last access of an unchanged session may get before it is written again. */
    static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    @Bean
    static BeanPostProcessor gatewaySessions(ObjectProvider<SessionProperties> session,
                                             ObjectProvider<ServerProperties> server) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof ReactiveMongoSessionRepository mongo) {
                    // the idle timeout the store gives new sessions, as Spring Boot works it out for the store
                    Duration idle = session.getObject().determineTimeout(
                            () -> server.getObject().getReactive().getSession().getTimeout());
                    var made = new InlineNewSessions<>(mongo, () -> new MongoSession(idle.toSeconds()));
                    return new QuietTouchSessions<>(made, TOUCH_EVERY);
                }
                return bean instanceof ReactiveSessionRepository<?> store && !(bean instanceof QuietTouchSessions<?>)
                        ? new QuietTouchSessions<>(store, TOUCH_EVERY)
                        : bean;
            }
        };
    }
}
