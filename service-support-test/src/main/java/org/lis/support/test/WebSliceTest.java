package org.lis.support.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.lis.support.error.ErrorAutoConfiguration;
import org.lis.support.security.SecurityAutoConfiguration;
import org.lis.support.web.WebAutoConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.autoconfigure.properties.PropertyMapping;
import org.springframework.boot.test.autoconfigure.properties.SkipPropertyMapping;
import org.springframework.boot.test.autoconfigure.web.reactive.AutoConfigureWebTestClient;
import org.springframework.boot.test.autoconfigure.web.reactive.WebFluxTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;

/**
 * A web slice test of a service's controllers: {@link WebFluxTest} with the services' own security, errors and
 * body limits from service-support, and, when {@link #now} is given, a clock standing still at that instant. A
 * request may take 30 s: a slice's first request on a loaded build machine has taken over the default 5 s.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@WebFluxTest
@AutoConfigureWebTestClient(timeout = "30s")
@ImportAutoConfiguration({ErrorAutoConfiguration.class, SecurityAutoConfiguration.class, WebAutoConfiguration.class})
@Import(SliceClock.class)
@PropertyMapping(SliceClock.PREFIX)
public @interface WebSliceTest {

    /** The controllers under test. */
    @AliasFor(annotation = WebFluxTest.class, attribute = "controllers")
    @PropertyMapping(skip = SkipPropertyMapping.YES)
    Class<?>[] value() default {};

    /** The instant, ISO-8601, at which the slice's {@code Clock} bean stands; none when empty. */
    @PropertyMapping(skip = SkipPropertyMapping.ON_DEFAULT_VALUE)
    String now() default "";
}
