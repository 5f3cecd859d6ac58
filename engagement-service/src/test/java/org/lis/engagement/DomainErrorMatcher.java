package org.lis.engagement;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.lis.support.error.DomainException;

/** Fixture tests assert the error code a rule refuses with, never the wording of its message. */
public final class DomainErrorMatcher extends TypeSafeMatcher<DomainException> {

    private final EngagementError code;

    private DomainErrorMatcher(EngagementError code) {
        this.code = code;
    }

    public static Matcher<DomainException> refusedWith(EngagementError code) {
        return new DomainErrorMatcher(code);
    }

    @Override
    protected boolean matchesSafely(DomainException exception) {
        return exception.code() == code;
    }

    @Override
    public void describeTo(Description description) {
        description.appendText("DomainException with code " + code);
    }
}
