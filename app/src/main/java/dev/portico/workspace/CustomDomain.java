package dev.portico.workspace;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A workspace's own portal domain (one at most) and how its verification stands. */
@Entity
class CustomDomain {

  @Id private UUID workspaceId;
  private String domain;

  @Enumerated(EnumType.STRING)
  private DomainState state;

  private UUID requestedBy;
  private String requestedByName;
  private String requestedByEmail;
  private Instant createdAt;
  private UUID verificationId;
  private Instant verificationRequestedAt;
  private String retryOffsets;
  private int retriesDone;
  private Instant lastCheckedAt;
  private String lastOutcome;
  private Instant verifiedAt;
  private Instant failedAt;
  @Version private Long version;

  protected CustomDomain() {}

  CustomDomain(UUID workspaceId, String domain, UUID by, String name, String email, Instant at) {
    this.workspaceId = workspaceId;
    this.domain = domain;
    this.state = DomainState.NONE;
    this.requestedBy = by;
    this.requestedByName = name;
    this.requestedByEmail = email;
    this.createdAt = at;
  }

  /**
   * A new "Verify" press: a new verification id, so flows of older presses find themselves stale.
   */
  void requestVerification(UUID by, String name, String email, List<Duration> offsets, Instant at) {
    this.requestedBy = by;
    this.requestedByName = name;
    this.requestedByEmail = email;
    this.verificationId = UUID.randomUUID();
    this.verificationRequestedAt = at;
    this.retryOffsets = String.join(",", offsets.stream().map(Duration::toString).toList());
    this.retriesDone = 0;
    this.verifiedAt = null;
    this.failedAt = null;
  }

  void checked(boolean ok, String outcome, Instant at) {
    this.lastCheckedAt = at;
    this.lastOutcome = outcome;
    if (ok) {
      this.state = DomainState.VERIFIED;
      this.verifiedAt = at;
    }
  }

  void retrying() {
    this.state = DomainState.PENDING;
  }

  void retried(int retry) {
    this.retriesDone = Math.max(retriesDone, retry);
  }

  void failed(Instant at) {
    this.state = DomainState.FAILED;
    this.failedAt = at;
  }

  /** The next retry, while retries are running; null otherwise. */
  Instant nextCheckAt() {
    List<Duration> offsets = retryOffsetList();
    if (state != DomainState.PENDING || retriesDone >= offsets.size()) {
      return null;
    }
    return verificationRequestedAt.plus(offsets.get(retriesDone));
  }

  List<Duration> retryOffsetList() {
    return retryOffsets == null || retryOffsets.isBlank()
        ? List.of()
        : Arrays.stream(retryOffsets.split(",")).map(String::trim).map(Duration::parse).toList();
  }

  UUID getWorkspaceId() {
    return workspaceId;
  }

  String getDomain() {
    return domain;
  }

  DomainState getState() {
    return state;
  }

  String getRequestedByName() {
    return requestedByName;
  }

  String getRequestedByEmail() {
    return requestedByEmail;
  }

  UUID getVerificationId() {
    return verificationId;
  }

  Instant getVerificationRequestedAt() {
    return verificationRequestedAt;
  }

  int getRetriesDone() {
    return retriesDone;
  }

  Instant getLastCheckedAt() {
    return lastCheckedAt;
  }

  String getLastOutcome() {
    return lastOutcome;
  }

  Instant getVerifiedAt() {
    return verifiedAt;
  }
}
