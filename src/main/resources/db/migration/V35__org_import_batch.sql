-- An uploaded organisation sheet between preview and commit. The file itself is kept, so the commit applies
-- exactly what was previewed on whichever app node serves it; status flips once, so a double submit
-- cannot import twice.
create table org_import_batch (
    id              uuid primary key,
    file_name       varchar(255) not null,
    content         bytea        not null,
    sha256          char(64)     not null,
    uploaded_by     bigint       not null,
    uploaded_at     timestamptz  not null,
    status          varchar(16)  not null default 'PREVIEWED' check (status in ('PREVIEWED', 'COMMITTED')),
    committed_at    timestamptz,
    created_count   int,
    changed_count   int,
    unchanged_count int
);
create index org_import_batch_uploaded_ix on org_import_batch (uploaded_at);
