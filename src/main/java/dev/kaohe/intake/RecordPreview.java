package dev.kaohe.intake;

import java.util.List;

/**
 * A batch of business records with the first problems of its dry run (all of them are in the .xlsx download),
 * and the committed batch with the same content, if any.
 */
public record RecordPreview(RecordBatchView batch, List<IntakeProblem> problems, RecordBatchView alreadyImported) {

    public boolean valid() {
        return batch.problems() == 0;
    }
}
