package dev.kaohe.intake;

/** WITHDRAWN: business records committed, then withdrawn by HR; its rows no longer count. */
public enum BatchStatus { PREVIEWED, RUNNING, COMMITTED, FAILED, DUPLICATE, WITHDRAWN }
