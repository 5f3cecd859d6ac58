package org.lis.support.command;

import java.lang.reflect.Field;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The version a command expects its aggregate at: its {@code @TargetAggregateVersion} field, if any. */
final class ExpectedVersion {

    private ExpectedVersion() {
    }

    static Long of(Object command) {
        for (Field field : command.getClass().getDeclaredFields()) {
            if (field.isAnnotationPresent(TargetAggregateVersion.class)) {
                try {
                    field.setAccessible(true);
                    Object value = field.get(command);
                    return value instanceof Number number ? number.longValue() : null;
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("Cannot read the expected version of " + command, e);
                }
            }
        }
        return null;
    }
}
