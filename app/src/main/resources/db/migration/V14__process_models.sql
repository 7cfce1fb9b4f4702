-- Process models uploaded by owners (decision 024). Installation-wide, like the engine they run on:
-- no workspace_id scopes them; uploaded_in_workspace only records where the owner signed in.
create table process_model (
    id                    uuid primary key,
    process_id            text        not null,
    file_name             text        not null,
    content               bytea       not null check (octet_length(content) > 0),
    sha256                text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    uploaded_by           uuid        not null references account (id),
    uploaded_by_name      text        not null,
    uploaded_in_workspace uuid        not null references workspace (id),
    uploaded_at           timestamptz not null,
    -- The engine's answer to the latest deployment of these bytes (upload or roll-back).
    engine_version        int,
    definition_key        bigint,
    deployed_at           timestamptz,
    -- The one start-up deploys for its process; none active: the bundled model.
    active                boolean     not null default false,
    -- Set when start-up found the active model no longer fits this Portico version.
    startup_problem       text
);

create unique index process_model_one_active on process_model (process_id) where active;
create index process_model_by_process on process_model (process_id, uploaded_at desc);
