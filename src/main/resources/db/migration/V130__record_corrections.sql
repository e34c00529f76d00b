-- Corrections of business records (issue 5).
-- A committed row with the same record type and reference (the business key: order number, ticket number …) as an
-- earlier committed row supersedes it: the earlier row keeps its place and lineage but names the batch that replaced
-- it, and aggregation and record lists read only rows with superseded_by null. Rows without a reference never
-- supersede. A batch can be WITHDRAWN by HR (reason kept): its rows stop counting and the rows it superseded become
-- current again unless a later committed batch supersedes them.
alter table business_record add column superseded_by uuid;
create index business_record_reference_ix on business_record (record_type, reference) where reference is not null;

alter table intake_batch drop constraint intake_batch_status_check;
alter table intake_batch add constraint intake_batch_status_check
    check (status in ('PREVIEWED', 'RUNNING', 'COMMITTED', 'FAILED', 'DUPLICATE', 'WITHDRAWN'));
-- rows of earlier batches this batch superseded when it committed
alter table intake_batch add column superseded_count int not null default 0;
alter table intake_batch add column withdrawn_at timestamptz;
alter table intake_batch add column withdrawn_by varchar(100);
alter table intake_batch add column withdraw_reason varchar(500);
-- what the rows say, independent of the file's bytes, format and row order: record type, valid rows and the sum of a
-- 64-bit hash of each row's normalised values; the same rows committed before make a batch DUPLICATE
alter table intake_batch add column rows_hash varchar(80);
create index intake_batch_rows_hash_ix on intake_batch (rows_hash) where status = 'COMMITTED' and rows_hash is not null;
-- the period (2025-07 or 2025Q3) the person chose at upload: rows dated outside it are problems
alter table intake_batch add column period varchar(7) check (period ~ '^\d{4}(-(0[1-9]|1[0-2])|Q[1-4])$');
