package dev.kaohe.org;

public record PositionForm(String code, String name, PositionFamily family, String description, Long version) {

    public static PositionForm of(PositionView position) {
        return new PositionForm(position.code(), position.name(), position.family(), position.description(), position.version());
    }
}
