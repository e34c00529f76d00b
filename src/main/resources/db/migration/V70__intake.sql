-- Performance data intake (issue 5): batches of indicator actuals from uploaded sheets and the REST API.
-- A batch is written once: PREVIEWED (upload kept for the commit) -> RUNNING -> COMMITTED, or FAILED /
-- DUPLICATE. The actuals of a batch and its COMMITTED status are written in one transaction, so a killed
-- process leaves a RUNNING batch without actuals; the next start marks it FAILED.
create table intake_batch (
    id               uuid primary key,
    channel          varchar(8)   not null check (channel in ('UPLOAD', 'API')),
    source_system    varchar(60),
    file_name        varchar(255),
    content          bytea,
    content_hash     char(64)     not null,
    idempotency_key  varchar(200),
    imported_by      bigint       not null,
    importer_name    varchar(100) not null,
    created_at       timestamptz  not null,
    finished_at      timestamptz,
    status           varchar(10)  not null check (status in ('PREVIEWED', 'RUNNING', 'COMMITTED', 'FAILED', 'DUPLICATE')),
    row_count        int          not null default 0,
    created_count    int          not null default 0,
    replaced_count   int          not null default 0,
    unchanged_count  int          not null default 0,
    duplicate_of     uuid references intake_batch (id),
    message          varchar(1000)
);
create index intake_batch_created_ix on intake_batch (created_at desc);
-- the same content is committed once
create unique index intake_batch_hash_ux on intake_batch (content_hash) where status = 'COMMITTED';
create unique index intake_batch_key_ux on intake_batch (imported_by, idempotency_key) where idempotency_key is not null;

-- One value of one indicator for one person in one period (month 2025-07 or quarter 2025Q3). A correction adds
-- a version and clears the old one's current flag; old versions stay readable. batch_id + row_number are the
-- lineage: the batch says who imported which file from which system, and when.
create table indicator_actual (
    id             bigserial primary key,
    employee_id    bigint        not null references employee (id),
    employee_no    varchar(40)   not null,
    indicator_code varchar(40)   not null,
    period         varchar(7)    not null check (period ~ '^\d{4}(-(0[1-9]|1[0-2])|Q[1-4])$'),
    value          numeric(19, 4) not null,
    version        int           not null,
    current        boolean       not null,
    batch_id       uuid          not null references intake_batch (id),
    row_number     int           not null,
    source_system  varchar(60),
    note           varchar(500),
    created_at     timestamptz   not null,
    unique (employee_id, indicator_code, period, version)
);
create unique index indicator_actual_current_ux on indicator_actual (employee_id, indicator_code, period) where current;
create index indicator_actual_batch_ix on indicator_actual (batch_id);
create index indicator_actual_code_period_ix on indicator_actual (indicator_code, period) where current;
