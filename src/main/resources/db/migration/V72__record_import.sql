-- Business-record imports (issue 5): uploaded files are kept in chunks until their batch is committed, failed or
-- expired; the dry run writes the valid rows straight into business_record (invisible while the batch is not
-- COMMITTED) and every problem into intake_record_problem.

-- An upload, streamed in chunks of about 1 MB. Plain bytea rows rather than large objects: they go with their
-- batch (on delete cascade) and need no lo_unlink or vacuumlo. Stored EXTERNAL: uploads are mostly
-- compressed .xlsx or text that would cost CPU to compress for the few days they are kept.
create table intake_upload_chunk (
    batch_id uuid    not null references intake_batch (id) on delete cascade,
    seq      int     not null,
    data     bytea   not null,
    primary key (batch_id, seq)
);
alter table intake_upload_chunk alter column data set storage external;

-- Every problem the dry run found: row as Excel shows it (0 for the whole file), the field (its English key),
-- the value as written, and the reason as a message key with one optional argument, so it reads in the
-- viewer's language. Problem rows of a batch committed with VALID_ROWS are the list of what it left out.
create table intake_record_problem (
    batch_id   uuid         not null references intake_batch (id) on delete cascade,
    row_number int          not null,
    field      varchar(40)  not null,
    value      varchar(200),
    reason     varchar(60)  not null,
    argument   varchar(200)
);
create index intake_record_problem_ix on intake_record_problem (batch_id, row_number);

-- checked_at: when the dry run finished (null while it has not run); problem_count: rows with problems
-- (skipped_count after a VALID_ROWS commit); first_day/last_day: the days the valid rows cover.
alter table intake_batch add column checked_at timestamptz;
alter table intake_batch add column problem_count int not null default 0;
alter table intake_batch add column first_day date;
alter table intake_batch add column last_day date;
create index intake_batch_record_ix on intake_batch (record_type, created_at desc) where record_type is not null;
