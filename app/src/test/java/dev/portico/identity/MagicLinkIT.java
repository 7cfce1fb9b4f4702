package dev.portico.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.portico.shared.ValidationException;
import dev.portico.shared.mail.DevMailbox;
import dev.portico.testsupport.Fixtures;
import dev.portico.testsupport.Fixtures.World;
import dev.portico.testsupport.IntegrationTest;
import dev.portico.testsupport.MutableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;

/** Magic-link tokens against the real database: hashed, single use, short-lived. */
@IntegrationTest
class MagicLinkIT {

  private static final Pattern LINK =
      Pattern.compile("http://localhost:8080/login/ott\\?token=([A-Za-z0-9_-]+)");

  @Autowired Fixtures fixtures;
  @Autowired MagicLinks magicLinks;
  @Autowired HashedOneTimeTokenService tokens;
  @Autowired DevMailbox mailbox;
  @Autowired MutableClock clock;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void knownEmailGetsAOneTimeLinkThatSignsInOnce() {
    World world = fixtures.world();
    String email = world.a().clientOf1().email();

    magicLinks.request(email.toUpperCase(), "10.0.0.1");

    String token = tokenMailedTo(email);
    assertThat(token).hasSize(43); // 256 bits, base64url
    OneTimeToken redeemed = tokens.consume(new OneTimeTokenAuthenticationToken(token));
    assertThat(redeemed.getUsername()).isEqualTo(email);
    assertThat(tokens.consume(new OneTimeTokenAuthenticationToken(token))).as("replay").isNull();
  }

  @Test
  void onlyAHashOfTheTokenIsStored() {
    World world = fixtures.world();
    String email = world.a().staff().email();
    magicLinks.request(email, "10.0.0.2");
    String token = tokenMailedTo(email);

    List<String> stored =
        jdbc.sql("select token_hash from one_time_token where username = ?")
            .param(email)
            .query(String.class)
            .list();
    assertThat(stored).containsExactly(HashedOneTimeTokenService.hash(token));
    assertThat(stored.getFirst()).doesNotContain(token);
  }

  @Test
  void expiredLinkDoesNotSignIn() {
    World world = fixtures.world();
    String email = world.a().clientOf2().email();
    magicLinks.request(email, "10.0.0.3");
    String token = tokenMailedTo(email);

    clock.advance(Duration.ofMinutes(16));

    assertThat(tokens.consume(new OneTimeTokenAuthenticationToken(token))).isNull();
  }

  @Test
  void tamperedOrMalformedTokensDoNotSignIn() {
    World world = fixtures.world();
    String email = world.b().clientOf1().email();
    magicLinks.request(email, "10.0.0.4");
    String token = tokenMailedTo(email);
    String tampered = (token.charAt(0) == 'A' ? 'B' : 'A') + token.substring(1);

    assertThat(tokens.consume(new OneTimeTokenAuthenticationToken(tampered))).isNull();
    assertThat(tokens.consume(new OneTimeTokenAuthenticationToken("not a token"))).isNull();
    assertThat(tokens.consume(new OneTimeTokenAuthenticationToken("' or 1=1 --"))).isNull();
    assertThat(tokens.consume(new OneTimeTokenAuthenticationToken(""))).isNull();
    assertThat(tokens.consume(new OneTimeTokenAuthenticationToken(token)))
        .as("the real one still works")
        .isNotNull();
  }

  @Test
  void concurrentRedemptionsHaveExactlyOneWinner() throws Exception {
    World world = fixtures.world();
    String email = world.b().staff().email();
    magicLinks.request(email, "10.0.0.5");
    String token = tokenMailedTo(email);

    int racers = 8;
    CountDownLatch start = new CountDownLatch(1);
    List<Future<OneTimeToken>> results = new ArrayList<>();
    try (var pool = Executors.newFixedThreadPool(racers)) {
      for (int i = 0; i < racers; i++) {
        Callable<OneTimeToken> redeem =
            () -> {
              start.await();
              return tokens.consume(new OneTimeTokenAuthenticationToken(token));
            };
        results.add(pool.submit(redeem));
      }
      start.countDown();
      long winners = 0;
      for (Future<OneTimeToken> result : results) {
        if (result.get() != null) {
          winners++;
        }
      }
      assertThat(winners).isEqualTo(1);
    }
  }

  @Test
  void unknownRevokedAndExpiredEmailsGetNoMailAndTheSameAnswer() {
    World world = fixtures.world();
    int before = mailbox.mails().size();

    magicLinks.request("nobody-" + world.a().workspaceId() + "@nowhere.test", "10.0.0.6");
    magicLinks.request(world.expiredClientA1().email(), "10.0.0.6");
    magicLinks.request(world.revokedClientA1().email(), "10.0.0.6");
    // Links go out in order: once a later known address has its mail, the others had their turn.
    magicLinks.request(world.a().staff().email(), "10.0.0.6");
    tokenMailedTo(world.a().staff().email());

    assertThat(mailbox.mails()).hasSize(before + 1);
  }

  @Test
  void malformedEmailGetsAClearMessage() {
    assertThatThrownBy(() -> magicLinks.request("not-an-email", "10.0.0.7"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("valid email");
  }

  @Test
  void requestsPerEmailAreRateLimited() {
    World world = fixtures.world();
    String email = world.a().owner().email();
    for (int i = 0; i < 8; i++) {
      magicLinks.request(email, "10.0.1." + i);
    }
    magicLinks.request(world.a().staff().email(), "10.0.1.9");
    tokenMailedTo(world.a().staff().email());

    assertThat(mailbox.mailsTo(email)).hasSize(SignInRateLimit.LIMIT);
  }

  private String tokenMailedTo(String email) {
    var mails =
        await()
            .atMost(Duration.ofSeconds(10))
            .until(() -> mailbox.mailsTo(email), list -> !list.isEmpty());
    Matcher m = LINK.matcher(mails.getFirst().mail().text());
    assertThat(m.find()).as("link in mail").isTrue();
    return m.group(1);
  }
}
