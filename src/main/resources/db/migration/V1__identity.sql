create table app_user (
    id                  bigserial primary key,
    username            varchar(64)  not null unique,
    password_hash       varchar(100) not null,
    display_name        varchar(100) not null,
    employee_id         bigint,
    enabled             boolean      not null default true,
    failed_logins       int          not null default 0,
    locked_until        timestamptz,
    password_changed_at timestamptz  not null default now(),
    created_at          timestamptz  not null default now(),
    version             bigint       not null default 0
);
create unique index app_user_employee_uk on app_user (employee_id) where employee_id is not null;

create table app_user_role (
    user_id bigint      not null references app_user (id) on delete cascade,
    role    varchar(20) not null,
    primary key (user_id, role)
);

create table api_token (
    id           bigserial primary key,
    name         varchar(100) not null,
    token_prefix varchar(16)  not null,
    token_hash   char(64)     not null unique,
    scopes       varchar(500) not null,
    created_by   varchar(64)  not null,
    created_at   timestamptz  not null default now(),
    expires_at   timestamptz,
    last_used_at timestamptz,
    revoked_at   timestamptz
);

create table setup_token (
    token_hash char(64) primary key,
    created_at timestamptz not null default now()
);
