package dev.kaohe.notify;

/** The group robots a notice can go to. DingTalk and Feishu robots can require signed requests; WeCom's cannot. */
public enum ChannelKind {
    DINGTALK(true), WECOM(false), FEISHU(true);

    private final boolean signed;

    ChannelKind(boolean signed) {
        this.signed = signed;
    }

    public boolean supportsSecret() {
        return signed;
    }
}
