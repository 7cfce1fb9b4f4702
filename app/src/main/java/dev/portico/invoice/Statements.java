package dev.portico.invoice;

import dev.portico.client.Client;
import dev.portico.client.Clients;
import dev.portico.project.ProjectFacts;
import dev.portico.workspace.WorkspacePolicy;
import dev.portico.workspace.WorkspaceSettings;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Builds the {@link Statement} of an invoice from its rows, its client, project and agency. */
@Component
class Statements {

  private final InvoiceLines lines;
  private final Payments payments;
  private final Clients clients;
  private final ProjectFacts projects;
  private final WorkspaceSettings workspaces;

  Statements(
      InvoiceLines lines,
      Payments payments,
      Clients clients,
      ProjectFacts projects,
      WorkspaceSettings workspaces) {
    this.lines = lines;
    this.payments = payments;
    this.clients = clients;
    this.projects = projects;
    this.workspaces = workspaces;
  }

  @Transactional(readOnly = true)
  Statement of(Invoice i) {
    WorkspacePolicy policy = workspaces.policyOf(i.getWorkspaceId());
    long paid =
        payments.findByInvoiceIdOrderByReceivedOnAscRecordedAtAsc(i.getId()).stream()
            .mapToLong(Payment::getAmountMinor)
            .sum();
    return new Statement(
        i.getId(),
        i.getWorkspaceId(),
        i.getNumber(),
        i.getStatus(),
        policy.branding(),
        clients
            .findByIdAndWorkspaceId(i.getClientId(), i.getWorkspaceId())
            .map(Client::getName)
            .orElseThrow(),
        i.getProjectId() == null ? null : projects.of(i.getProjectId()).name(),
        i.getCurrency(),
        i.getIssueDate(),
        i.getDueDate(),
        i.getNoteToClient(),
        lines.findByInvoiceIdOrderByPosition(i.getId()),
        i.getNetMinor(),
        i.getTaxMinor(),
        i.getTotalMinor(),
        paid,
        i.getPaidAt() == null ? null : i.getPaidAt().atZone(policy.zone()).toLocalDate());
  }
}
