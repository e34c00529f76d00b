-- In-app notices, one row per recipient; a dedup key makes a notice to the same person arrive once.
create table notice (
    id                    bigserial primary key,
    recipient_employee_id bigint       not null references employee (id),
    kind                  varchar(64)  not null,
    message_key           varchar(200) not null,
    args                  text         not null default '[]',
    link                  varchar(500),
    dedup_key             varchar(200),
    created_at            timestamptz  not null,
    read_at               timestamptz
);
create unique index notice_dedup_uk on notice (recipient_employee_id, dedup_key) where dedup_key is not null;
create index notice_inbox_ix on notice (recipient_employee_id, created_at desc, id desc);
create index notice_unread_ix on notice (recipient_employee_id) where read_at is null;

-- Group robots (DingTalk, WeCom, Feishu) and the notice kinds each one receives.
create table notify_channel (
    id           bigserial primary key,
    name         varchar(100)  not null unique,
    kind         varchar(16)   not null check (kind in ('DINGTALK', 'WECOM', 'FEISHU')),
    webhook_url  varchar(1000) not null,
    secret       varchar(200),
    notice_kinds varchar(1000) not null,
    language     varchar(16)   not null default 'zh-CN',
    enabled      boolean       not null default true,
    created_at   timestamptz   not null,
    version      bigint        not null default 0
);

-- Company-wide switches (one row).
create table notify_switch (
    id            int     primary key check (id = 1),
    email_enabled boolean not null default true,
    version       bigint  not null default 0
);
insert into notify_switch (id, email_enabled, version) values (1, true, 0);

-- A person's language for e-mail and the notice kinds they do not want by e-mail (the inbox is always on).
create table notify_preference (
    employee_id bigint      primary key references employee (id),
    language    varchar(16) not null default 'zh-CN',
    version     bigint      not null default 0
);
create table notify_email_off (
    employee_id bigint      not null references employee (id),
    kind        varchar(64) not null,
    primary key (employee_id, kind)
);

-- Outgoing e-mails and robot messages, sent in the background with retries; also the delivery log.
create table notify_delivery (
    id              bigserial primary key,
    notice_id       bigint references notice (id),
    channel         varchar(16)   not null check (channel in ('EMAIL', 'DINGTALK', 'WECOM', 'FEISHU')),
    channel_id      bigint references notify_channel (id) on delete set null,
    target          varchar(300)  not null,
    subject         varchar(300),
    body            text          not null,
    status          varchar(16)   not null check (status in ('PENDING', 'SENDING', 'RETRY', 'SENT', 'FAILED')),
    attempts        int           not null default 0,
    max_attempts    int           not null,
    next_attempt_at timestamptz   not null,
    claimed_at      timestamptz,
    last_error      varchar(1000),
    created_at      timestamptz   not null,
    sent_at         timestamptz
);
create index notify_delivery_due_ix on notify_delivery (next_attempt_at) where status in ('PENDING', 'RETRY', 'SENDING');
create index notify_delivery_log_ix on notify_delivery (created_at desc, id desc);
create index notify_delivery_notice_ix on notify_delivery (notice_id);
