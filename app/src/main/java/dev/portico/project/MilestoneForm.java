package dev.portico.project;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

public record MilestoneForm(
    @NotBlank(message = "Enter the milestone title")
        @Size(max = 200, message = "At most 200 characters")
        String title,
    LocalDate dueDate) {}
