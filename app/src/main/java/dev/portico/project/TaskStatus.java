package dev.portico.project;

public enum TaskStatus {
  TODO,
  IN_PROGRESS,
  DONE
}
