package org.lis.gateway.session;

import java.time.Duration;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.ReactiveSessionRepository;

/** Puts {@link QuietTouchSessions} in front of the MongoDB session store Spring Boot configures. */
@Configuration
public class SessionStoreConfiguration {

    /** How stale the stored last access of an unchanged session may get before it is written again. */
    static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    @Bean
    static BeanPostProcessor quietTouchSessions() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof ReactiveSessionRepository<?> store && !(bean instanceof QuietTouchSessions<?>)
                        ? new QuietTouchSessions<>(store, TOUCH_EVERY)
                        : bean;
            }
        };
    }
}
