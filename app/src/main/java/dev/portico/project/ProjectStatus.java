package dev.portico.project;

public enum ProjectStatus {
  PLANNED,
  ACTIVE,
  COMPLETED
}
