package org.lis.support.error;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.stream.Collectors;

/** Says, for a body Jackson could not read, which field was wrong and what was expected. */
final class JsonInputErrors {

    static final String BODY = "body";

    private JsonInputErrors() {
    }

    static FieldError describe(JsonProcessingException e) {
        if (e instanceof StreamReadException read && !(e instanceof MismatchedInputException)) {
            String duplicate = duplicateField(read);
            return duplicate != null
                    ? new FieldError(duplicate, "is given more than once")
                    : new FieldError(BODY, "is not well-formed JSON: " + e.getOriginalMessage());
        }
        if (!(e instanceof JsonMappingException mapping)) {
            return new FieldError(BODY, "could not be read: " + e.getOriginalMessage());
        }
        String field = path(mapping);
        if (e instanceof InvalidFormatException invalid) {
            Class<?> target = invalid.getTargetType();
            if (target != null && target.isEnum()) {
                return new FieldError(field, "must be one of " + Arrays.stream(target.getEnumConstants())
                        .map(Object::toString).collect(Collectors.joining(", ", "[", "]"))
                        + ", got " + quote(invalid.getValue()));
            }
            return new FieldError(field, "must be " + describe(target) + ", got " + quote(invalid.getValue()));
        }
        if (e instanceof UnrecognizedPropertyException) {
            return new FieldError(field, "is not a known field");
        }
        if (e instanceof ValueInstantiationException instantiation) {
            Throwable cause = instantiation.getCause();
            return new FieldError(field, cause != null && cause.getMessage() != null
                    ? cause.getMessage() : "is not valid");
        }
        if (e instanceof MismatchedInputException mismatched) {
            // at the root, this is also how a second value after the body's (FAIL_ON_TRAILING_TOKENS) is reported
            return new FieldError(field, "must be " + describe(mismatched.getTargetType())
                    + (field.equals(BODY) ? " and nothing else" : ""));
        }
        return new FieldError(field, "is not valid: " + e.getOriginalMessage());
    }

    /**
     * The path of the member named twice in an object (STRICT_DUPLICATE_DETECTION), or null. Jackson
     * reports it as a plain parse error, told apart only by its message, which is compared whole here
     * against the one it gives for the name the parser stopped at: another wording just means "body".
     */
    private static String duplicateField(StreamReadException e) {
        JsonParser parser = e.getProcessor();
        JsonStreamContext context = parser == null ? null : parser.getParsingContext();
        if (context == null || !context.inObject() || context.getCurrentName() == null
                || !("Duplicate field '" + context.getCurrentName() + "'").equals(e.getOriginalMessage())) {
            return null;
        }
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                parts.addFirst(c.getCurrentName());
            } else if (c.inArray() && c.getCurrentIndex() >= 0) {
                parts.addFirst("[" + c.getCurrentIndex() + "]");
            }
        }
        return String.join(".", parts).replace(".[", "[");
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? BODY : path.toString();
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class && type != char.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type.getName().startsWith("java.time.")) {
            return type == java.time.LocalDate.class ? "a date YYYY-MM-DD" : "an ISO-8601 " + type.getSimpleName();
        }
        if (type.isArray() || Iterable.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object (" + type.getSimpleName() + ")";
    }

    private static String quote(Object value) {
        return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
    }
}
