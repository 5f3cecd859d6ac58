package org.lis.support.test;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.lis.support.error.DomainException;
import org.lis.support.error.ErrorCode;

/** Fixture tests assert the error code a rule refuses with, never the wording of its message. */
public final class DomainErrorMatcher extends TypeSafeMatcher<DomainException> {

    private final ErrorCode expected;

    private DomainErrorMatcher(ErrorCode expected) {
        this.expected = expected;
    }

    public static Matcher<DomainException> refusedWith(ErrorCode expected) {
        return new DomainErrorMatcher(expected);
    }

    @Override
    protected boolean matchesSafely(DomainException exception) {
        return exception.code() == expected;
    }

    @Override
    public void describeTo(Description description) {
        description.appendText("a DomainException with code ").appendValue(expected);
    }
}
