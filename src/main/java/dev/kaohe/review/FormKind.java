package dev.kaohe.review;

/** The two sides of an assessment form. */
public enum FormKind { SELF, MANAGER }
