package dev.kaohe.onboarding;

import dev.kaohe.platform.ConflictException;

/** Setup runs once: an administrator exists and every setup token is gone. */
public class SetupAlreadyCompletedException extends ConflictException {

    public SetupAlreadyCompletedException() {
        super("初始设置已完成 / setup has already been completed");
    }
}
