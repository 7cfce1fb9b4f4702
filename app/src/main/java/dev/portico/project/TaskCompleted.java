package dev.portico.project;

import java.util.UUID;

/**
 * Published in the transaction in which staff mark an inbox item done, so a feature whose flow
 * waits for it (feedback-routing) reacts in the same transaction.
 */
public record TaskCompleted(UUID workspaceId, UUID taskId, TaskKind kind, UUID byAccountId) {}
