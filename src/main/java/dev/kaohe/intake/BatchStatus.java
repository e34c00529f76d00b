package dev.kaohe.intake;

public enum BatchStatus { PREVIEWED, RUNNING, COMMITTED, FAILED, DUPLICATE }
