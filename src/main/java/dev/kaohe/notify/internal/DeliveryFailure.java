package dev.kaohe.notify.internal;

/** A message could not be handed over; the text goes to the delivery log. */
public class DeliveryFailure extends Exception {

    public DeliveryFailure(String message) {
        super(message);
    }
}
