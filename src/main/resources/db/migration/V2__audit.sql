-- Append-only, hash-chained audit trail. hash = SHA-256(prev_hash || canonical entry).
create table audit_entry (
    seq          bigserial primary key,
    occurred_at  timestamptz  not null,
    actor        varchar(100) not null,
    action       varchar(60)  not null,
    entity_type  varchar(60)  not null,
    entity_id    varchar(64),
    before_state text,
    after_state  text,
    prev_hash    char(64)     not null,
    hash         char(64)     not null unique
);
create index audit_entry_entity_ix on audit_entry (entity_type, entity_id);
create index audit_entry_time_ix on audit_entry (occurred_at);

create function audit_entry_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only: % refused', tg_op;
end;
$$;

create trigger audit_entry_no_update before update on audit_entry
    for each row execute function audit_entry_refuse_change();
create trigger audit_entry_no_delete before delete on audit_entry
    for each row execute function audit_entry_refuse_change();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_refuse_change();
