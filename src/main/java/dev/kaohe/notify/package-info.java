/**
 * Notifications: every {@link dev.kaohe.platform.notice.NoticeRequested} published by another module lands, once
 * per dedup key and person, in that person's in-app inbox, and is sent in the background (with retries) by e-mail
 * and to the DingTalk, WeCom and Feishu group robots an administrator routed its kind to.
 *
 * <p>Employees' e-mail addresses, names and accounts are read with plain read-only SQL in
 * {@code notify.internal.Recipients}: delivery runs after the publisher's transaction, on a background thread
 * with nobody signed in, where the org services' per-caller access checks do not apply.
 */
package dev.kaohe.notify;
