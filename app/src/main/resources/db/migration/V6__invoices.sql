-- Invoices, their lines and payments (process invoice-dunning); gap-free numbers per workspace;
-- mail attachments; inbox tasks that belong to no project (a dunning escalation of an invoice
-- without a project). A sent invoice is locked: enforced here, whatever the application does.

-- Billing settings per workspace. The zone says when a due date ends (null: UTC); reminder
-- offsets are ISO durations after the due moment, one reminder each (validated in Java too).
alter table workspace add column time_zone text;
alter table workspace add column dunning_reminder_offsets text not null default 'P3D,P7D,P14D'
    check (dunning_reminder_offsets ~ '^(P[0-9DTHMS.]+(,P[0-9DTHMS.]+)*)?$');
alter table workspace add column invoice_currency text not null default 'EUR'
    check (invoice_currency ~ '^[A-Z]{3}$');
alter table workspace add column invoice_tax_rate numeric(5, 2) not null default 0
    check (invoice_tax_rate between 0 and 100);
alter table workspace add column invoice_payment_days int not null default 14
    check (invoice_payment_days between 0 and 365);

-- Amounts are minor units of the invoice's currency (cents; yen for JPY), rounded per line
-- (see dev.portico.invoice.Amounts).
create table invoice (
    id                uuid primary key,
    workspace_id      uuid        not null references workspace (id),
    client_id         uuid        not null,
    project_id        uuid,
    number            text,
    status            text        not null check (status in ('DRAFT', 'SENT', 'OVERDUE', 'PAID', 'VOID')),
    currency          text        not null check (currency ~ '^[A-Z]{3}$'),
    issue_date        date        not null,
    due_date          date        not null,
    note_to_client    text check (length(note_to_client) <= 2000),
    net_minor         bigint      not null check (net_minor >= 0),
    tax_minor         bigint      not null check (tax_minor >= 0),
    total_minor       bigint      not null check (total_minor = net_minor + tax_minor),
    -- copied from the workspace when sent, so later setting changes do not move a running chase
    reminder_offsets  text,
    due_at            timestamptz,
    sent_at           timestamptz,
    sent_by           uuid,
    mailed_at         timestamptz,
    overdue_at        timestamptz,
    reminders_sent    int         not null default 0 check (reminders_sent >= 0),
    escalated_at      timestamptz,
    escalated_to      uuid,
    paid_at           timestamptz,
    receipt_sent_at   timestamptz,
    voided_at         timestamptz,
    voided_by         uuid,
    void_reason       text,
    created_by        uuid        not null,
    created_at        timestamptz not null,
    version           bigint      not null default 0,
    unique (workspace_id, id),
    unique (workspace_id, number),
    foreign key (workspace_id, client_id) references client (workspace_id, id),
    foreign key (workspace_id, project_id) references project (workspace_id, id),
    check (due_date >= issue_date),
    check ((status = 'DRAFT') = (number is null)),
    check (status = 'DRAFT' or (sent_at is not null and due_at is not null and reminder_offsets is not null)),
    check ((status = 'PAID') = (paid_at is not null)),
    check ((status = 'VOID') = (voided_at is not null))
);
create index invoice_client_idx on invoice (workspace_id, client_id, created_at desc);
create index invoice_open_idx on invoice (status) where status in ('SENT', 'OVERDUE', 'PAID');

create table invoice_line (
    id               uuid primary key,
    workspace_id     uuid           not null,
    invoice_id       uuid           not null,
    position         int            not null check (position >= 1),
    description      text           not null check (length(trim(description)) > 0 and length(description) <= 500),
    quantity         numeric(12, 3) not null check (quantity > 0),
    unit_price_minor bigint         not null check (unit_price_minor >= 0),
    tax_rate         numeric(5, 2)  not null check (tax_rate between 0 and 100),
    net_minor        bigint         not null check (net_minor >= 0),
    tax_minor        bigint         not null check (tax_minor >= 0),
    unique (invoice_id, position),
    foreign key (workspace_id, invoice_id) references invoice (workspace_id, id) on delete cascade
);

-- Gap-free numbers: the row is locked by the sending transaction until it commits; a rolled-back
-- send gives its number back.
create table invoice_counter (
    workspace_id uuid primary key references workspace (id),
    last_number  int not null check (last_number >= 0)
);

-- A reference (bank transfer id, payment provider id) is recorded once per workspace, so a
-- webhook delivered twice records one payment. needs_review: money staff must look at (paid on a
-- void or already paid invoice, more than was open).
create table invoice_payment (
    id           uuid primary key,
    workspace_id uuid        not null,
    invoice_id   uuid        not null,
    amount_minor bigint      not null check (amount_minor > 0),
    currency     text        not null check (currency ~ '^[A-Z]{3}$'),
    method       text        not null check (method in ('MANUAL', 'ONLINE')),
    reference    text check (length(reference) <= 200),
    received_on  date        not null,
    recorded_by  uuid,
    recorded_at  timestamptz not null,
    needs_review boolean     not null default false,
    unique (workspace_id, reference),
    foreign key (workspace_id, invoice_id) references invoice (workspace_id, id)
);
create index invoice_payment_invoice_idx on invoice_payment (invoice_id);

-- Locking: once sent, what the client received never changes: not the lines, not the amounts,
-- not who it is for, not the currency or dates; and a sent invoice is never deleted.
create function portico_refuse_sent_invoice_change() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        if old.status <> 'DRAFT' then
            raise exception 'invoice % is sent and locked', old.number using errcode = 'P0001';
        end if;
        return old;
    end if;
    if old.status <> 'DRAFT' and (
           new.status = 'DRAFT'
        or new.client_id is distinct from old.client_id
        or new.project_id is distinct from old.project_id
        or new.number is distinct from old.number
        or new.currency is distinct from old.currency
        or new.issue_date is distinct from old.issue_date
        or new.due_date is distinct from old.due_date
        or new.note_to_client is distinct from old.note_to_client
        or new.net_minor is distinct from old.net_minor
        or new.tax_minor is distinct from old.tax_minor
        or new.total_minor is distinct from old.total_minor
        or new.reminder_offsets is distinct from old.reminder_offsets
        or new.due_at is distinct from old.due_at) then
        raise exception 'invoice % is sent and locked', old.number using errcode = 'P0001';
    end if;
    return new;
end;
$$;
create trigger invoice_locked
    before update or delete on invoice
    for each row execute function portico_refuse_sent_invoice_change();

create function portico_refuse_sent_invoice_line_change() returns trigger language plpgsql as $$
declare
    target uuid := case when tg_op = 'DELETE' then old.invoice_id else new.invoice_id end;
begin
    if exists (select 1 from invoice i where i.id = target and i.status <> 'DRAFT')
       or (tg_op = 'UPDATE' and exists (select 1 from invoice i where i.id = old.invoice_id and i.status <> 'DRAFT')) then
        raise exception 'invoice lines of a sent invoice are locked' using errcode = 'P0001';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end;
$$;
create trigger invoice_line_locked
    before insert or update or delete on invoice_line
    for each row execute function portico_refuse_sent_invoice_line_change();

-- Payments are a record: never changed or removed.
create function portico_refuse_payment_change() returns trigger language plpgsql as $$
begin
    raise exception 'recorded payments cannot be changed' using errcode = 'P0001';
end;
$$;
create trigger invoice_payment_append_only
    before update or delete on invoice_payment
    for each row execute function portico_refuse_payment_change();

-- Mail attachments (an invoice PDF), kept until the mail is sent.
create table outbox_mail_attachment (
    mail_id      uuid    not null references outbox_mail (id) on delete cascade,
    position     int     not null,
    file_name    text    not null,
    content_type text    not null,
    content      bytea   not null,
    primary key (mail_id, position)
);

-- Inbox tasks that belong to no project: a dunning escalation of an invoice without a project
-- goes to the workspace owner.
alter table task alter column project_id drop not null;
