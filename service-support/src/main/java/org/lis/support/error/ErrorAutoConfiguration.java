package org.lis.support.error;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.web.reactive.error.ErrorWebFluxAutoConfiguration;
import org.springframework.context.annotation.Bean;

/** Problem+json for every error; runs before Boot's error handling, which then backs off. */
@AutoConfiguration(after = JacksonAutoConfiguration.class, before = ErrorWebFluxAutoConfiguration.class)
public class ErrorAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public ProblemMapper problemMapper() {
        return new ProblemMapper();
    }

    @Bean
    @ConditionalOnMissingBean
    public ProblemWriter problemWriter(ObjectMapper objectMapper) {
        return new ProblemWriter(objectMapper);
    }

    @Bean
    public ProblemExceptionHandler problemExceptionHandler(ProblemMapper mapper, ProblemWriter writer) {
        return new ProblemExceptionHandler(mapper, writer);
    }
}
