package dev.portico.project;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Work done for one client company, led by one staff member. */
@Entity
public class Project {

  @Id private UUID id;
  private UUID workspaceId;
  private UUID clientId;
  private UUID leadId;
  private String name;
  private String description;

  @Enumerated(EnumType.STRING)
  private ProjectStatus status;

  private LocalDate startDate;
  private LocalDate endDate;
  private BigDecimal budget;
  private Instant createdAt;
  @Version private Long version;

  protected Project() {}

  public Project(UUID workspaceId, UUID clientId, Instant createdAt) {
    this.id = UUID.randomUUID();
    this.workspaceId = workspaceId;
    this.clientId = clientId;
    this.createdAt = createdAt;
  }

  public void update(
      String name,
      String description,
      ProjectStatus status,
      LocalDate startDate,
      LocalDate endDate,
      UUID leadId,
      BigDecimal budget) {
    this.name = name.trim();
    this.description = description;
    this.status = status;
    this.startDate = startDate;
    this.endDate = endDate;
    this.leadId = leadId;
    this.budget = budget;
  }

  public UUID getId() {
    return id;
  }

  public UUID getWorkspaceId() {
    return workspaceId;
  }

  public UUID getClientId() {
    return clientId;
  }

  public UUID getLeadId() {
    return leadId;
  }

  public String getName() {
    return name;
  }

  public String getDescription() {
    return description;
  }

  public ProjectStatus getStatus() {
    return status;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  public BigDecimal getBudget() {
    return budget;
  }
}
