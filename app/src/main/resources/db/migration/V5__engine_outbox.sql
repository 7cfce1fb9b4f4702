-- Engine commands that follow a database change (ARCHITECTURE.md §4): written in the same
-- transaction as the change, relayed to the engine by EngineRelay until the engine accepts them.
create table engine_command (
    id              uuid primary key,
    workspace_id    uuid        not null references workspace (id),
    kind            text        not null check (kind in ('CREATE_INSTANCE', 'PUBLISH_MESSAGE')),
    process_id      text        not null,
    business_key    text        not null,
    -- CREATE_INSTANCE: start before this element instead of at the start event (resumption)
    start_before    text,
    message_name    text,
    -- PUBLISH_MESSAGE: the engine correlates a message id only once while it is buffered
    message_id      text unique,
    variables       jsonb       not null default '{}',
    created_at      timestamptz not null,
    next_attempt_at timestamptz not null,
    attempts        int         not null default 0,
    last_error      text,
    sent_at         timestamptz,
    check ((kind = 'PUBLISH_MESSAGE') = (message_name is not null and message_id is not null))
);
create index engine_command_due_idx on engine_command (next_attempt_at) where sent_at is null;
create index engine_command_flow_idx on engine_command (process_id, business_key) where sent_at is null;

-- The engine's instance for each flow Portico started, so a resumption can ask the engine whether
-- it still runs that flow instead of starting a second one.
create table engine_flow (
    process_id   text        not null,
    business_key text        not null,
    workspace_id uuid        not null references workspace (id),
    instance_key bigint      not null,
    started_at   timestamptz not null,
    primary key (process_id, business_key)
);
create unique index engine_flow_instance_uq on engine_flow (instance_key);

-- Approval is complete once the lead was told and the linked milestone/task completed; until
-- then an approved deliverable's flow is in flight (resumed at the lock step after a restart).
-- A table of its own: an approved deliverable's row is locked by trigger (V3).
create table deliverable_approval_completed (
    deliverable_id uuid        primary key references deliverable (id) on delete cascade,
    workspace_id   uuid        not null references workspace (id),
    completed_at   timestamptz not null
);
