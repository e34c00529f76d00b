package dev.kaohe.intake;

/** How a batch of business records is committed: every row or none, or only the rows without problems. */
public enum CommitMode { ALL_OR_NOTHING, VALID_ROWS }
