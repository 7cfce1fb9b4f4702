package dev.portico.project;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

public record TaskForm(
    @NotBlank(message = "Enter the task title") @Size(max = 200, message = "At most 200 characters")
        String title,
    @Size(max = 5000, message = "At most 5000 characters") String description,
    UUID assigneeId,
    LocalDate dueDate,
    boolean clientVisible,
    TaskPriority priority) {

  public TaskForm {
    priority = priority == null ? TaskPriority.NORMAL : priority;
  }

  public TaskForm(
      String title, String description, UUID assigneeId, LocalDate dueDate, boolean clientVisible) {
    this(title, description, assigneeId, dueDate, clientVisible, TaskPriority.NORMAL);
  }
}
