package dev.kaohe.scoring.domain;

import java.util.Locale;

/** Who rated an item (R80, §2.11). */
public enum Rater implements Describable {
    SELF("自评", "self"),
    MANAGER("上级", "manager"),
    PEER("同事", "peer"),
    CROSS_DEPARTMENT("跨部门", "cross-department"),
    CUSTOMER("客户", "customer");

    private final String zh;
    private final String en;

    Rater(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    @Override
    public String describe(Locale locale) {
        return Describable.pick(locale, zh, en);
    }
}
