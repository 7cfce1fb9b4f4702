-- A project's milestones and tasks are read by project id (portal home, project pages, progress).
-- Without these indexes each read scanned both tables whole, growing with every other workspace:
-- measured 4-8 ms per scan at 28 workspaces, under 0.1 ms with the index (docs/performance.md).
create index milestone_project_idx on milestone (project_id);
create index task_project_idx on task (project_id);
