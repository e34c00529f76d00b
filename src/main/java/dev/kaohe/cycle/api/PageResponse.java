package dev.kaohe.cycle.api;

import java.util.List;

import org.springframework.data.domain.Page;

/** One page of a list, as the API answers it. */
record PageResponse<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

    static <T> PageResponse<T> of(Page<T> page) {
        return new PageResponse<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(), page.getTotalPages());
    }
}
