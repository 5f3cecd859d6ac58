package org.lis.support.web;

import java.util.List;

/** One page of a list: {@code {"items": [...], "page", "size", "total"}}. */
public record PageResponse<T>(List<T> items, int page, int size, long total) {

    public PageResponse {
        items = List.copyOf(items);
    }

    public static <T> PageResponse<T> of(List<T> items, PageRequest request, long total) {
        return new PageResponse<>(items, request.page(), request.size(), total);
    }
}
