package dev.kaohe.review.peer;

import java.math.BigDecimal;

/** A rated item of the participant's scheme a rater of some kind may rate, on the scale of the item's rule. */
public record ItemToRate(String code, String name, String dimension, BigDecimal min, BigDecimal max) {

    public boolean fits(BigDecimal rating) {
        return rating != null && rating.compareTo(min) >= 0 && rating.compareTo(max) <= 0;
    }

    /** A rating on another scale, placed at the same relative position on this item's scale. */
    public BigDecimal rescale(BigDecimal rating, BigDecimal fromMin, BigDecimal fromMax) {
        if (fromMin.compareTo(min) == 0 && fromMax.compareTo(max) == 0) {
            return rating;
        }
        BigDecimal fraction = rating.subtract(fromMin).divide(fromMax.subtract(fromMin), 10, java.math.RoundingMode.HALF_UP);
        return min.add(fraction.multiply(max.subtract(min)));
    }
}
