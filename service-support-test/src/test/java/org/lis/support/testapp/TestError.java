package org.lis.support.testapp;

import org.lis.support.error.ErrorCode;

public enum TestError implements ErrorCode {
    TITLE_UNCHANGED(Kind.CONFLICT),
    TITLE_NOT_ALLOWED(Kind.INVALID);

    private final Kind kind;

    TestError(Kind kind) {
        this.kind = kind;
    }

    @Override
    public Kind kind() {
        return kind;
    }
}
