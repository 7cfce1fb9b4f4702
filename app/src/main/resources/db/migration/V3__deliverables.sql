-- Deliverables put in front of the client, their immutable versions, and the client's decisions.
-- An approved deliverable is locked: enforced here, whatever the application does.

create table deliverable (
    id                  uuid primary key,
    workspace_id        uuid        not null,
    project_id          uuid        not null,
    milestone_id        uuid,
    task_id             uuid,
    title               text        not null check (length(trim(title)) > 0),
    description         text,
    status              text        not null check (status in ('DRAFT', 'IN_REVIEW', 'CHANGES_REQUESTED', 'APPROVED', 'SHARED')),
    current_version_id  uuid,
    round               int         not null default 0,
    approved_version_id uuid,
    approved_by         uuid,
    approved_at         timestamptz,
    created_at          timestamptz not null,
    version             bigint      not null default 0,
    unique (workspace_id, id),
    foreign key (workspace_id, project_id) references project (workspace_id, id) on delete cascade
);

create table deliverable_version (
    id             uuid primary key,
    workspace_id   uuid        not null,
    deliverable_id uuid        not null references deliverable (id) on delete cascade,
    number         int         not null,
    file_sha256    text        not null check (file_sha256 ~ '^[0-9a-f]{64}$'),
    file_name      text        not null,
    content_type   text        not null,
    size_bytes     bigint      not null check (size_bytes > 0),
    inline         boolean     not null,
    uploaded_by    uuid        not null,
    uploaded_at    timestamptz not null,
    ready_at       timestamptz,
    unique (deliverable_id, number)
);

create table deliverable_decision (
    id             uuid primary key,
    workspace_id   uuid        not null,
    deliverable_id uuid        not null references deliverable (id) on delete cascade,
    version_id     uuid        not null references deliverable_version (id),
    decided_by     uuid        not null,
    decision       text        not null check (decision in ('APPROVED', 'CHANGES_REQUESTED')),
    feedback       text,
    content_sha256 text        not null,
    decided_at     timestamptz not null,
    check (decision = 'APPROVED' or length(trim(coalesce(feedback, ''))) > 0)
);
create unique index deliverable_one_approval_uq on deliverable_decision (deliverable_id) where decision = 'APPROVED';

-- Locking: nothing of an approved deliverable changes, for anyone.
create function portico_refuse_locked_deliverable() returns trigger language plpgsql as $$
begin
    if tg_table_name = 'deliverable' then
        if old.status = 'APPROVED' then
            raise exception 'deliverable % is approved and locked', old.id using errcode = 'P0001';
        end if;
        return case when tg_op = 'DELETE' then old else new end;
    end if;
    if exists (select 1 from deliverable d
               where d.id = (case when tg_op = 'DELETE' then old.deliverable_id else new.deliverable_id end)
                 and d.status = 'APPROVED') then
        raise exception 'deliverable is approved and locked' using errcode = 'P0001';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end;
$$;

create trigger deliverable_locked
    before update or delete on deliverable
    for each row execute function portico_refuse_locked_deliverable();
create trigger deliverable_version_locked
    before insert or update or delete on deliverable_version
    for each row execute function portico_refuse_locked_deliverable();

-- Decisions are a record: never changed or removed (except with their project).
create function portico_refuse_decision_change() returns trigger language plpgsql as $$
begin
    raise exception 'decisions cannot be changed' using errcode = 'P0001';
end;
$$;
create trigger deliverable_decision_append_only
    before update on deliverable_decision
    for each row execute function portico_refuse_decision_change();
