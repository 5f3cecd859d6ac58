package org.lis.support.axon;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Events, snapshots, messages and tokens as JSON, readable in the database and stable across
 * refactorings of the JVM classes. Uses its own ObjectMapper, not the web one, so that a tweak to
 * the HTTP representation can never change what is stored: records via their canonical
 * constructors, java.time as ISO-8601 strings, unknown fields ignored so an old node can read
 * an event a newer one wrote with an added field. Axon's messageSerializer and eventSerializer
 * default to this general serializer.
 */
@AutoConfiguration(before = AxonAutoConfiguration.class)
public class AxonSerializationAutoConfiguration {

    /** The mapper behind every stored Axon message; exposed for tests reading raw documents. */
    public static ObjectMapper storageObjectMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .build();
    }

    /**
     * Snapshots serialize aggregates, which keep their state in private fields without getters:
     * fields only, so a derived getter never ends up in the stored state.
     */
    public static Serializer snapshotSerializer() {
        return jackson(storageObjectMapper()
                .setVisibility(PropertyAccessor.GETTER, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY));
    }

    @Bean
    @Primary
    @ConditionalOnMissingBean(Serializer.class)
    public Serializer serializer() {
        return jackson(storageObjectMapper());
    }

    private static Serializer jackson(ObjectMapper mapper) {
        return JacksonSerializer.builder()
                .objectMapper(mapper)
                .revisionResolver(new AnnotationRevisionResolver())
                .build();
    }
}
