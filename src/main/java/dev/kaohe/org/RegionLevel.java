package dev.kaohe.org;

/** Macro-region (华东), cluster (长三角) or city (青岛). */
public enum RegionLevel {
    MACRO, CLUSTER, CITY
}
