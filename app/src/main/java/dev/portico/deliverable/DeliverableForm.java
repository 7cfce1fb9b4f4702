package dev.portico.deliverable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** What staff enter for a new deliverable; milestone or task it completes on approval, optional. */
public record DeliverableForm(
    @NotBlank(message = "Enter a title") @Size(max = 200, message = "At most 200 characters")
        String title,
    @Size(max = 5000, message = "At most 5000 characters") String description,
    UUID milestoneId,
    UUID taskId) {}
