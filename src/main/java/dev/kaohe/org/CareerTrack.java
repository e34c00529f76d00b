package dev.kaohe.org;

/** 管理序列 / 专家序列. */
public enum CareerTrack {
    MANAGEMENT, EXPERT
}
