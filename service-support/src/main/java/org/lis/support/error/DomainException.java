package org.lis.support.error;

/** A rule of the domain refused a command; {@code detail} says which, for the person who sent it. */
public class DomainException extends RuntimeException {

    private final ErrorCode code;
    private final String field;

    public DomainException(ErrorCode code, String detail) {
        this(code, null, detail);
    }

    /** An invalid input that one field or parameter of the request is to blame for. */
    public DomainException(ErrorCode code, String field, String detail) {
        super(detail);
        this.code = code;
        this.field = field;
    }

    public ErrorCode code() {
        return code;
    }

    /** The request field or parameter at fault, or null when the rule concerns the whole request. */
    public String field() {
        return field;
    }

    public String detail() {
        return getMessage();
    }
}
