package dev.kaohe.intake;

/** The kinds of business records an import can carry; each has its own template columns. */
public enum RecordType {
    ORDER, COLLECTION, LEAD, SURVEY, COMPLAINT, TRAINING, KNOWLEDGE, REQUEST
}
