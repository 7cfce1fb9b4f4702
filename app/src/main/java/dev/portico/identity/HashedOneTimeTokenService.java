package dev.portico.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Magic-link tokens: 256 random bits, only their SHA-256 hash at rest, at most {@link #MAX_TTL}
 * alive, and consumed by one {@code DELETE ... RETURNING} so two concurrent redemptions cannot both
 * win. Tokens for unknown, blocked or rate-limited emails and client addresses are returned but
 * never stored, so they cannot be redeemed and the caller's response is the same either way.
 */
@Service
public class HashedOneTimeTokenService implements OneTimeTokenService {

  public static final Duration MAX_TTL = Duration.ofMinutes(15);
  private static final Logger log = LoggerFactory.getLogger(HashedOneTimeTokenService.class);
  private static final Pattern TOKEN_SHAPE = Pattern.compile("^[A-Za-z0-9_-]{43}$");

  private final SecureRandom random = new SecureRandom();
  private final JdbcClient jdbc;
  private final AccountAccess access;
  private final SignInRateLimit rateLimit;
  private final InvitationAcceptance acceptance;
  private final Clock clock;

  HashedOneTimeTokenService(
      JdbcClient jdbc,
      AccountAccess access,
      SignInRateLimit rateLimit,
      InvitationAcceptance acceptance,
      Clock clock) {
    this.jdbc = jdbc;
    this.access = access;
    this.rateLimit = rateLimit;
    this.acceptance = acceptance;
    this.clock = clock;
  }

  /** A token handed out; {@code deliverable} says whether it was stored and may be mailed. */
  public record IssuedToken(
      String getTokenValue, String getUsername, Instant getExpiresAt, boolean deliverable)
      implements OneTimeToken {}

  @Override
  public IssuedToken generate(GenerateOneTimeTokenRequest request) {
    String email = Emails.normalize(request.getUsername());
    Duration ttl = request.getExpiresIn().compareTo(MAX_TTL) > 0 ? MAX_TTL : request.getExpiresIn();
    Instant now = clock.instant();
    Instant expiresAt = now.plus(ttl);
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    // Every path that issues a link comes through here, so both limits hold for all of them. A
    // request without an address (not a SignInLinkRequest) shares one "unknown" allowance.
    String client =
        request instanceof SignInLinkRequest withAddress ? withAddress.clientAddress() : "unknown";
    boolean addressAllowed =
        rateLimit.tryAcquire("address:" + client, SignInRateLimit.REQUESTS_PER_ADDRESS);
    if (!addressAllowed) {
      log.warn("Sign-in link requests from {} are rate limited", client);
    }
    boolean deliverable =
        addressAllowed
            && Emails.isWellFormed(email)
            && access.signInAllowed(email).isPresent()
            && rateLimit.tryAcquire("email:" + email);
    if (deliverable) {
      jdbc.sql(
              "insert into one_time_token (token_hash, username, expires_at, created_at)"
                  + " values (?, ?, ?, ?)")
          .params(hash(token), email, Timestamp.from(expiresAt), Timestamp.from(now))
          .update();
    } else {
      log.info("Sign-in link requested for an address that gets none");
    }
    return new IssuedToken(token, email, expiresAt, deliverable);
  }

  /**
   * A link that accepts an invitation: bound to it, valid until the invitation expires. Earlier
   * links of the same invitation stop working.
   */
  @Transactional
  public String issueInvitationToken(String email, UUID invitationId, Instant expiresAt) {
    revokeInvitationTokens(invitationId);
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    jdbc.sql(
            "insert into one_time_token (token_hash, username, expires_at, created_at, invitation_id)"
                + " values (?, ?, ?, ?, ?)")
        .params(
            hash(token),
            Emails.normalize(email),
            Timestamp.from(expiresAt),
            Timestamp.from(clock.instant()),
            invitationId)
        .update();
    return token;
  }

  @Transactional
  public void revokeInvitationTokens(UUID invitationId) {
    jdbc.sql("delete from one_time_token where invitation_id = ?").param(invitationId).update();
  }

  /** Sign-in links already mailed to this email stop working (its access just ended). */
  @Transactional
  public void revokeSignInTokens(String email) {
    jdbc.sql("delete from one_time_token where username = ? and invitation_id is null")
        .param(Emails.normalize(email))
        .update();
  }

  /**
   * Redeems a token once. An invitation token also accepts its invitation, in the same transaction:
   * if the invitation is no longer open, the token signs nobody in.
   */
  @Override
  @Transactional
  public OneTimeToken consume(OneTimeTokenAuthenticationToken authenticationToken) {
    String token = authenticationToken.getTokenValue();
    if (token == null || !TOKEN_SHAPE.matcher(token).matches()) {
      return null;
    }
    return jdbc.sql(
            "delete from one_time_token where token_hash = ?"
                + " returning username, expires_at, invitation_id")
        .param(hash(token))
        .query(
            (rs, n) ->
                new Redeemed(
                    new IssuedToken(token, rs.getString(1), rs.getTimestamp(2).toInstant(), false),
                    rs.getObject(3, UUID.class)))
        .optional()
        .filter(r -> clock.instant().isBefore(r.token().getExpiresAt()))
        .filter(r -> r.invitationId() == null || acceptance.accept(r.invitationId()))
        .map(Redeemed::token)
        .orElse(null);
  }

  private record Redeemed(IssuedToken token, UUID invitationId) {}

  /**
   * Who a link is for, without redeeming it: for the page the link lands on (which greets an
   * invited contact differently from a returning one, in their agency's branding).
   *
   * @return empty for a malformed, unknown, used or expired token
   */
  @Transactional(readOnly = true)
  public Optional<LinkHolder> peek(String token) {
    if (token == null || !TOKEN_SHAPE.matcher(token).matches()) {
      return Optional.empty();
    }
    return jdbc.sql(
            "select username, invitation_id is not null from one_time_token"
                + " where token_hash = ? and expires_at > ?")
        .params(hash(token), Timestamp.from(clock.instant()))
        .query((rs, n) -> new LinkHolder(rs.getString(1), rs.getBoolean(2)))
        .optional();
  }

  /**
   * @param invitation the link accepts an invitation (a first visit)
   */
  public record LinkHolder(String email, boolean invitation) {}

  @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
  void deleteExpired() {
    int deleted =
        jdbc.sql("delete from one_time_token where expires_at < ?")
            .param(Timestamp.from(clock.instant()))
            .update();
    if (deleted > 0) {
      log.debug("Deleted {} expired sign-in tokens", deleted);
    }
  }

  static String hash(String token) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
