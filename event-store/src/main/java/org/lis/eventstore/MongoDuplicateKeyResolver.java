package org.lis.eventstore;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoServerException;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;

/**
 * Recognises MongoDB's duplicate key errors (code 11000), so that Axon turns a second event for the same
 * aggregate sequence number into a {@code ConcurrencyException}.
 */
public class MongoDuplicateKeyResolver implements PersistenceExceptionResolver {

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof MongoBulkWriteException bulk) {
                return bulk.getWriteErrors().stream()
                           .anyMatch(error -> ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY);
            }
            if (cause instanceof MongoServerException server
                    && ErrorCategory.fromErrorCode(server.getCode()) == ErrorCategory.DUPLICATE_KEY) {
                return true;
            }
        }
        return false;
    }
}
