package dev.kaohe.indicator;

/** Copy a scheme under a new code; {@code fromVersion} null copies the latest version. */
public record CopyForm(String code, String name, Integer fromVersion) {
}
