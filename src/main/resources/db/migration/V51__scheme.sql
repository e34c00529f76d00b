-- Assessment schemes (考核方案) and their versions. A version's definition is the scoring module's SchemeSpec
-- as JSON. Once a version is locked (published, or referenced by a result) it never changes again: editing
-- creates the next version. The triggers below make that hold even for writes that bypass the application.
create table scheme (
    id                bigserial primary key,
    code              varchar(40)   not null unique,
    name              varchar(100)  not null,
    description       varchar(1000),
    -- PositionFamily names this scheme is the default template for
    position_families varchar(32)[] not null default '{}',
    status            varchar(10)   not null default 'ACTIVE' check (status in ('ACTIVE', 'ARCHIVED')),
    created_at        timestamptz   not null,
    version           bigint        not null default 0
);
create index scheme_families_ix on scheme using gin (position_families);

create table scheme_version (
    id         bigserial primary key,
    scheme_id  bigint       not null references scheme (id),
    number     int          not null check (number >= 1),
    definition jsonb        not null,
    note       varchar(500),
    created_by varchar(100) not null,
    created_at timestamptz  not null,
    locked_at  timestamptz,
    locked_by  varchar(100),
    version    bigint       not null default 0,
    unique (scheme_id, number)
);

create function scheme_version_guard() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        if old.locked_at is not null then
            raise exception 'scheme version % of scheme % is locked and cannot be deleted', old.number, old.scheme_id;
        end if;
        return old;
    end if;
    if old.locked_at is not null and (new.definition is distinct from old.definition
            or new.number is distinct from old.number or new.scheme_id is distinct from old.scheme_id
            or new.locked_at is distinct from old.locked_at or new.note is distinct from old.note) then
        raise exception 'scheme version % of scheme % is locked and cannot change', old.number, old.scheme_id;
    end if;
    return new;
end;
$$;

create trigger scheme_version_locked
    before update or delete on scheme_version
    for each row execute function scheme_version_guard();
