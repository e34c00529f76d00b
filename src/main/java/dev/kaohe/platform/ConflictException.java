package dev.kaohe.platform;

/** The write lost a race (someone else changed the record first) or clashes with existing data: 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
