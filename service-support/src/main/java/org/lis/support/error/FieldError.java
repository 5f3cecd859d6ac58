package org.lis.support.error;

/** One invalid input, as a problem's {@code errors} lists it: the JSON path or parameter name, and what is wrong with it. */
public record FieldError(String field, String message) {
}
