package dev.kaohe.scoring;

import java.util.List;
import java.util.Optional;

/**
 * Where stored schemes come from. Implemented by the module that stores them, so scoring does not depend
 * on it; without an implementation only the presets of {@link SchemeSpecs} are available.
 */
public interface SchemeSource {

    /** The scheme {@code code} at {@code version}, or its latest version when {@code version} is null. */
    Optional<SchemeSpec> find(String code, Integer version);

    /** The stored schemes to offer for a choice (latest version each); none by default. */
    default List<Summary> available() {
        return List.of();
    }

    record Summary(String code, String name, int version) {
    }
}
