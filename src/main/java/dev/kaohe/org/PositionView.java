package dev.kaohe.org;

/** A position of the catalogue; its family decides its default indicators later on. */
public record PositionView(long id, String code, String name, PositionFamily family, String description,
                           boolean active, long activeEmployees, long version) {
}
