package dev.kaohe.intake;

import java.util.List;

/** Where an actual came from: its batch (source system, file, importer, time), its row, and every version. */
public record LineageView(ActualView actual, BatchView batch, int rowNumber, List<ActualView> versions) {
}
