package dev.kaohe.indicator.api;

/** The version a status change is based on; optional, checked when given. */
record VersionRef(Long version) {

    static Long of(VersionRef ref) {
        return ref == null ? null : ref.version();
    }
}
