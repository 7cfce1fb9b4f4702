-- The staff lists page and sort in SQL (decision 026). One index led by workspace_id per sort
-- order offered, so a page is read in order and stops after its rows (without them PostgreSQL
-- chose a parallel scan of every tenant's invoices and projects); the client name index also
-- serves the project and invoice lists sorted by client. Contacts are counted per company.
create index client_workspace_name_idx on client (workspace_id, name, id);
create index project_workspace_name_idx on project (workspace_id, name, id);
create index invoice_workspace_created_idx on invoice (workspace_id, created_at, id);
create index invoice_workspace_issued_idx on invoice (workspace_id, issue_date, id);
create index invoice_workspace_due_idx on invoice (workspace_id, due_date, id);
create index account_client_idx on account (workspace_id, client_id);
