package org.lis.support.command;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

@AutoConfiguration(after = AxonAutoConfiguration.class)
@EnableConfigurationProperties(CommandProperties.class)
public class CommandAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public CommandSender commandSender(CommandGateway commandGateway, CommandProperties properties,
                                       EventStore eventStore) {
        return new CommandSender(commandGateway, properties, eventStore::lastSequenceNumberFor);
    }
}
