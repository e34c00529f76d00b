package dev.kaohe.review.posting;

import java.io.IOException;
import java.io.OutputStream;

/** A sheet whose rows are already read and whose reader's access is already checked; writing it is all that is left. */
@FunctionalInterface
public interface SheetExport {
    void writeTo(OutputStream out) throws IOException;
}
