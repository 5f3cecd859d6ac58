package org.lis.support.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;

@AutoConfiguration
public class WebAutoConfiguration {

    /** Ahead of security, so an oversized body is refused before anything reads it. */
    @Bean
    @Order(-200)
    @ConditionalOnMissingBean
    public BodySizeLimitFilter bodySizeLimitFilter() {
        return new BodySizeLimitFilter(BodySizeLimitFilter.MAX_BODY_BYTES);
    }

    @Bean
    public AcceptableResponseFilter acceptableResponseFilter() {
        return new AcceptableResponseFilter();
    }

    @Bean
    public StrictJsonCustomizer strictJsonCustomizer() {
        return new StrictJsonCustomizer();
    }
}
