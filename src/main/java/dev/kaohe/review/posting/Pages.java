package dev.kaohe.review.posting;

import java.util.List;
import java.util.Locale;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/** Paging and searching of rows computed in memory (a cycle's population). */
final class Pages {

    private Pages() {
    }

    static <T> Page<T> of(List<T> rows, Pageable pageable) {
        int from = (int) Math.min(pageable.getOffset(), rows.size());
        int to = Math.min(from + pageable.getPageSize(), rows.size());
        return new PageImpl<>(rows.subList(from, to), pageable, rows.size());
    }

    /** Whether every word of {@code q} occurs in one of the texts (case-insensitive); a blank query matches all. */
    static boolean matches(String q, String... texts) {
        if (q == null || q.isBlank()) {
            return true;
        }
        StringBuilder all = new StringBuilder();
        for (String t : texts) {
            if (t != null) {
                all.append(t.toLowerCase(Locale.ROOT)).append('\u0000');
            }
        }
        for (String word : q.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!all.toString().contains(word)) {
                return false;
            }
        }
        return true;
    }
}
