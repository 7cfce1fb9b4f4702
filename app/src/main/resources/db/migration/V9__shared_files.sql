-- Files staff share with a client company: for the whole company (project_id null) or for one of
-- its projects. Unsharing hides a file from the client and keeps the row (staff still see it, and
-- may share it again); who shared, unshared and downloaded it is in the audit trail.

-- Lets a shared file name its project and that project's client in one foreign key, so a file of
-- a project is always shared with the project's own company.
alter table project add constraint project_client_uq unique (workspace_id, client_id, id);

create table shared_file (
    id           uuid primary key,
    workspace_id uuid        not null,
    client_id    uuid        not null,
    project_id   uuid,
    file_name    text        not null check (length(trim(file_name)) > 0),
    description  text        check (length(description) <= 500),
    content_type text        not null,
    size_bytes   bigint      not null check (size_bytes > 0),
    sha256       text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    inline       boolean     not null,
    uploaded_by  uuid        not null,
    created_at   timestamptz not null,
    shared_by    uuid        not null,
    shared_at    timestamptz not null,
    unshared_by  uuid,
    unshared_at  timestamptz,
    version      bigint      not null default 0,
    check ((unshared_at is null) = (unshared_by is null)),
    foreign key (workspace_id, client_id) references client (workspace_id, id),
    -- A project moved to another company takes its files along, as it does its deliverables.
    foreign key (workspace_id, client_id, project_id)
        references project (workspace_id, client_id, id) on update cascade on delete cascade,
    foreign key (workspace_id, uploaded_by) references account (workspace_id, id),
    foreign key (workspace_id, shared_by) references account (workspace_id, id),
    foreign key (workspace_id, unshared_by) references account (workspace_id, id)
);
create index shared_file_client_idx on shared_file (workspace_id, client_id, shared_at desc);
create index shared_file_project_idx on shared_file (project_id, shared_at desc);
