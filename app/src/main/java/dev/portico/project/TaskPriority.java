package dev.portico.project;

/** How urgent a task is; shown to the client for client-visible tasks. */
public enum TaskPriority {
  LOW,
  NORMAL,
  HIGH,
  URGENT
}
