-- A custom domain per workspace (decision 022): at most one, unique across workspaces. The domain
-- is stored lower-cased and checked here as well as in Java, so no two workspaces can claim the
-- same name in different spellings.
create table custom_domain (
    workspace_id              uuid primary key references workspace (id),
    domain                    text        not null unique
        check (domain = lower(domain) and length(domain) <= 253
               and domain ~ '^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$'),
    -- NONE: entered, never verified; PENDING: retries running (domain-verification process);
    -- VERIFIED: serves the workspace's portal; FAILED: retries gave up, the owner may verify again.
    state                     text        not null check (state in ('NONE', 'PENDING', 'VERIFIED', 'FAILED')),
    requested_by              uuid        not null,
    requested_by_name         text        not null,
    requested_by_email        text        not null,
    created_at                timestamptz not null,
    -- One per "Verify" press: the process's business id; a newer request makes older flows stale.
    verification_id           uuid unique,
    verification_requested_at timestamptz,
    -- ISO durations after verification_requested_at, one retry each (comma-separated).
    retry_offsets             text,
    retries_done              int         not null default 0 check (retries_done >= 0),
    last_checked_at           timestamptz,
    last_outcome              text,
    verified_at               timestamptz,
    failed_at                 timestamptz,
    version                   bigint      not null default 0,
    check (state = 'NONE' or verification_id is not null)
);
