package org.lis.support.web;

import org.lis.support.error.DomainException;
import org.lis.support.error.InputError;

/**
 * The {@code page}/{@code size} query parameters of a list, checked once here: page from 0,
 * size 1..500 (default 50).
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    /** @throws DomainException 400 naming the parameter when page is negative or size outside 1..500 */
    public static PageRequest of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0) {
            throw new DomainException(InputError.INVALID_PARAMETER, "page", "page must be 0 or more, got " + p);
        }
        if (s < 1 || s > MAX_SIZE) {
            throw new DomainException(InputError.INVALID_PARAMETER, "size",
                    "size must be between 1 and " + MAX_SIZE + ", got " + s);
        }
        return new PageRequest(p, s);
    }

    /** How many items to skip: {@code page * size}. */
    public long offset() {
        return (long) page * size;
    }
}
