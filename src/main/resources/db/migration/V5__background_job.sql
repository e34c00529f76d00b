-- Long work (imports, evaluations, exports) runs in the background; its progress lives here so that every
-- app node can show it and cancel it.
create table background_job (
    id               uuid primary key,
    kind             varchar(60)  not null,
    owner            varchar(100) not null,
    status           varchar(16)  not null check (status in ('RUNNING', 'DONE', 'FAILED', 'CANCELLED')),
    done             bigint       not null default 0,
    total            bigint,
    message          text,
    result_link      varchar(500),
    cancel_requested boolean      not null default false,
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    finished_at      timestamptz
);
create index background_job_owner_ix on background_job (owner, created_at desc);
