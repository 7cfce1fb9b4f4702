package dev.portico.project;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** What staff enter for a project. The budget is internal and never reaches the portal. */
public record ProjectForm(
    @NotNull(message = "Choose the client") UUID clientId,
    @NotBlank(message = "Enter the project name")
        @Size(max = 200, message = "At most 200 characters")
        String name,
    @Size(max = 5000, message = "At most 5000 characters") String description,
    @NotNull(message = "Choose a status") ProjectStatus status,
    LocalDate startDate,
    LocalDate endDate,
    @NotNull(message = "Choose the project lead") UUID leadId,
    @DecimalMin(value = "0", message = "The budget cannot be negative")
        @Digits(integer = 10, fraction = 2, message = "At most 10 digits and 2 decimals")
        BigDecimal budget) {

  @AssertTrue(message = "The end date cannot be before the start date")
  public boolean isEndAfterStart() {
    return startDate == null || endDate == null || !endDate.isBefore(startDate);
  }
}
