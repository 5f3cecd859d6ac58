package org.lis.workshop.workshop.command;

import org.hamcrest.Description;
import org.hamcrest.TypeSafeMatcher;
import org.lis.support.error.DomainException;
import org.lis.workshop.WorkshopError;

/** Matches a refusal by its error code rather than by its wording. */
final class DomainErrorMatcher extends TypeSafeMatcher<DomainException> {

    private final WorkshopError expected;

    private DomainErrorMatcher(WorkshopError expected) {
        this.expected = expected;
    }

    static DomainErrorMatcher refusedWith(WorkshopError expected) {
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
