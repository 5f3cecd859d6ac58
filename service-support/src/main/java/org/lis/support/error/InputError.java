package org.lis.support.error;

/** Invalid input any service can meet: a query parameter or header out of range or malformed. */
public enum InputError implements ErrorCode {
    INVALID_PARAMETER;

    @Override
    public Kind kind() {
        return Kind.INVALID;
    }
}
