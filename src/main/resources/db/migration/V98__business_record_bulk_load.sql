-- Business records are written in bulk (a million rows in one COPY): keep only what the import and aggregation need.
-- The foreign keys cost a per-row check queued until the end of every COPY (about as long as the COPY itself) and
-- protect nothing: the import looks every employee number up in employee before it writes a row, employees and
-- intake batches are never deleted, and a batch's rows are only written by its own import and deleted with it.
alter table business_record drop constraint business_record_batch_id_fkey;
alter table business_record drop constraint business_record_employee_id_fkey;
-- unique (batch_id, row_number) leads with batch_id and serves every lookup by batch
drop index business_record_batch_ix;
