package dev.portico.testsupport;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stripe's Checkout Sessions API on a local port, for tests: the SDK talks to it as to Stripe (its
 * API base points here). Sessions are built from Stripe's published fixture ({@link
 * StripeEvents#fixture}), so their shape is Stripe's.
 *
 * <ul>
 *   <li>{@code POST /v1/checkout/sessions}: a new open session with a fresh {@code cs_test_…} id,
 *       echoing mode, ui_mode, amount, currency, metadata, URLs; the same {@code Idempotency-Key}
 *       answers the same session, as Stripe does, and with other parameters an {@code
 *       idempotency_error}
 *   <li>{@code GET /v1/checkout/sessions/{id}}: the session as it is now ({@link #complete}, {@link
 *       #expire} change it)
 *   <li>{@code POST /v1/checkout/sessions/{id}/expire}: ends an open session
 * </ul>
 *
 * Every request is recorded ({@link #requests()}) with its form parameters as the SDK encoded them
 * ({@code metadata[invoice_id]}, {@code line_items[0][price_data][unit_amount]}). One stub serves
 * the whole JVM ({@link #instance()}), as one cached application context does; tests tell their
 * sessions apart by id or invoice.
 */
public final class StripeStub {

  /** One request the stub received. */
  public record Request(
      String method,
      String path,
      String idempotencyKey,
      String authorization,
      Map<String, String> form) {

    /** The value of a form parameter, e.g. {@code metadata[invoice_id]}. */
    public String param(String name) {
      return form.get(name);
    }
  }

  private static final Pattern SESSION = Pattern.compile("^/v1/checkout/sessions/([^/]+)$");
  private static final Pattern EXPIRE = Pattern.compile("^/v1/checkout/sessions/([^/]+)/expire$");
  private static final Gson GSON = new Gson();

  private static volatile StripeStub instance;

  private final HttpServer server;
  private final Map<String, JsonObject> sessions = new ConcurrentHashMap<>();
  private final Map<String, String> byIdempotencyKey = new ConcurrentHashMap<>();
  private final Map<String, Map<String, String>> paramsOfKey = new ConcurrentHashMap<>();
  private final Map<String, Integer> order = new ConcurrentHashMap<>();
  private final List<Request> requests = new ArrayList<>();
  private final AtomicInteger created = new AtomicInteger();
  private volatile int failWith;

  private StripeStub() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::serve);
    server.setExecutor(
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "stripe-stub");
              t.setDaemon(true);
              return t;
            }));
    server.start();
  }

  /** The stub of this JVM, started on first use on a free loopback port. */
  public static StripeStub instance() {
    StripeStub stub = instance;
    if (stub == null) {
      synchronized (StripeStub.class) {
        if (instance == null) {
          instance = new StripeStub();
        }
        stub = instance;
      }
    }
    return stub;
  }

  /** What to set as the SDK's API base. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Everything received so far, oldest first. */
  public List<Request> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  /** Requests that created a session for this invoice (by its {@code metadata[invoice_id]}). */
  public List<Request> creations(UUID invoiceId) {
    return requests().stream()
        .filter(r -> r.method().equals("POST") && r.path().equals("/v1/checkout/sessions"))
        .filter(r -> invoiceId.toString().equals(r.param("metadata[invoice_id]")))
        .toList();
  }

  /** How many different sessions the stub created. */
  public int sessionsCreated() {
    return created.get();
  }

  /** A copy of the session as it is now. */
  public JsonObject session(String id) {
    JsonObject s = sessions.get(id);
    if (s == null) {
      throw new IllegalArgumentException("No such checkout.session: " + id);
    }
    synchronized (s) {
      return s.deepCopy();
    }
  }

  /** Sessions created for this invoice, oldest first. */
  public List<JsonObject> sessionsOf(UUID invoiceId) {
    return sessions.values().stream()
        .filter(
            s ->
                s.getAsJsonObject("metadata").has("invoice_id")
                    && s.getAsJsonObject("metadata")
                        .get("invoice_id")
                        .getAsString()
                        .equals(invoiceId.toString()))
        .map(s -> session(s.get("id").getAsString()))
        .sorted(java.util.Comparator.comparingInt(s -> order.get(s.get("id").getAsString())))
        .toList();
  }

  /**
   * The client finished the checkout: status {@code complete} with {@code paymentStatus} ({@code
   * paid}, or {@code unpaid} for a delayed method such as a bank debit), and a PaymentIntent.
   *
   * @return the session as Stripe would now send it in a webhook
   */
  public JsonObject complete(String id, String paymentStatus) {
    return change(
        id,
        s -> {
          s.addProperty("status", "complete");
          s.addProperty("payment_status", paymentStatus);
          if (s.get("payment_intent").isJsonNull()) {
            s.addProperty("payment_intent", "pi_test_" + random());
          }
        });
  }

  /** Sets status and payment status as they are (any combination Stripe has). */
  public JsonObject setState(String id, String status, String paymentStatus) {
    return change(
        id,
        s -> {
          s.addProperty("status", status);
          s.addProperty("payment_status", paymentStatus);
        });
  }

  /** The session expired (24 hours passed, or it was expired through the API). */
  public JsonObject expire(String id) {
    return change(id, s -> s.addProperty("status", "expired"));
  }

  /** Answers every request with this HTTP status and a Stripe error (0: answer normally). */
  public void failWith(int httpStatus) {
    this.failWith = httpStatus;
  }

  private JsonObject change(String id, java.util.function.Consumer<JsonObject> change) {
    JsonObject s = sessions.get(id);
    if (s == null) {
      throw new IllegalArgumentException("No such checkout.session: " + id);
    }
    synchronized (s) {
      change.accept(s);
      return s.deepCopy();
    }
  }

  // --- HTTP ---

  private void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getPath();
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Map<String, String> form = form(body);
      String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
      synchronized (requests) {
        requests.add(
            new Request(
                method,
                path,
                key,
                exchange.getRequestHeaders().getFirst("Authorization"),
                Map.copyOf(form)));
      }
      if (failWith != 0) {
        error(exchange, failWith, "api_error", "The stub was told to fail");
        return;
      }
      String auth = exchange.getRequestHeaders().getFirst("Authorization");
      if (auth == null || !auth.startsWith("Bearer sk_")) {
        error(exchange, 401, "invalid_request_error", "Invalid API Key provided");
        return;
      }
      Matcher one = SESSION.matcher(path);
      Matcher expire = EXPIRE.matcher(path);
      if (method.equals("POST") && path.equals("/v1/checkout/sessions")) {
        if (key != null && paramsOfKey.containsKey(key) && !paramsOfKey.get(key).equals(form)) {
          error(
              exchange,
              400,
              "idempotency_error",
              "Keys for idempotent requests can only be used with the same parameters they were"
                  + " first used with. Try using a key other than '"
                  + key
                  + "' if you meant to execute a different request.");
          return;
        }
        json(exchange, 200, create(form, key));
      } else if (method.equals("GET") && one.matches() && sessions.containsKey(one.group(1))) {
        json(exchange, 200, session(one.group(1)));
      } else if (method.equals("POST")
          && expire.matches()
          && sessions.containsKey(expire.group(1))) {
        JsonObject s = session(expire.group(1));
        if (!"open".equals(s.get("status").getAsString())) {
          error(
              exchange,
              400,
              "invalid_request_error",
              "Only Checkout Sessions with a status of `open` can be expired.");
        } else {
          json(exchange, 200, expire(expire.group(1)));
        }
      } else {
        error(exchange, 404, "invalid_request_error", "No such resource: " + method + " " + path);
      }
    } catch (RuntimeException e) {
      error(exchange, 500, "api_error", e.toString());
    }
  }

  private JsonObject create(Map<String, String> form, String idempotencyKey) {
    if (idempotencyKey != null) {
      String known = byIdempotencyKey.get(idempotencyKey);
      if (known != null) {
        return session(known);
      }
    }
    synchronized (this) {
      if (idempotencyKey != null && byIdempotencyKey.containsKey(idempotencyKey)) {
        return session(byIdempotencyKey.get(idempotencyKey));
      }
      JsonObject s = StripeEvents.fixture("checkout.session");
      String id = "cs_test_" + random();
      String uiMode = form.getOrDefault("ui_mode", "hosted");
      long now = Instant.now().getEpochSecond();
      s.addProperty("id", id);
      s.addProperty("created", now);
      s.addProperty("expires_at", now + 24 * 3600);
      order.put(id, created.incrementAndGet());
      s.addProperty("mode", form.get("mode"));
      s.addProperty("ui_mode", uiMode);
      s.addProperty("status", "open");
      s.addProperty("payment_status", "unpaid");
      s.add("payment_intent", null);
      s.addProperty("customer_email", form.get("customer_email"));
      s.addProperty("client_reference_id", form.get("client_reference_id"));
      s.addProperty("currency", form.get("line_items[0][price_data][currency]"));
      long amount = amount(form);
      s.addProperty("amount_subtotal", amount);
      s.addProperty("amount_total", amount);
      s.addProperty("success_url", form.get("success_url"));
      s.addProperty("cancel_url", form.get("cancel_url"));
      s.addProperty("return_url", form.get("return_url"));
      s.add("metadata", prefixed(form, "metadata"));
      boolean embedded = uiMode.equals("embedded");
      if (embedded) {
        s.addProperty("client_secret", id + "_secret_" + random());
        s.add("url", null);
      } else {
        s.add("client_secret", null);
        s.addProperty("url", "https://checkout.stripe.com/c/pay/" + id);
      }
      s.add("shipping_cost", null);
      s.add("shipping_address_collection", null);
      s.add("currency_conversion", null);
      sessions.put(id, s);
      if (idempotencyKey != null) {
        byIdempotencyKey.put(idempotencyKey, id);
        paramsOfKey.put(idempotencyKey, Map.copyOf(form));
      }
      return session(id);
    }
  }

  /** Sum of quantity × unit amount over the line items. */
  private static long amount(Map<String, String> form) {
    long total = 0;
    for (int i = 0; form.containsKey("line_items[" + i + "][quantity]"); i++) {
      long quantity = Long.parseLong(form.get("line_items[" + i + "][quantity]"));
      String unit = form.get("line_items[" + i + "][price_data][unit_amount]");
      total += quantity * (unit == null ? 0 : Long.parseLong(unit));
    }
    return total;
  }

  private static JsonObject prefixed(Map<String, String> form, String name) {
    JsonObject o = new JsonObject();
    Pattern key = Pattern.compile("^" + Pattern.quote(name) + "\\[([^\\]]+)]$");
    form.forEach(
        (k, v) -> {
          Matcher m = key.matcher(k);
          if (m.matches()) {
            o.addProperty(m.group(1), v);
          }
        });
    return o;
  }

  private static Map<String, String> form(String body) {
    Map<String, String> form = new LinkedHashMap<>();
    if (body.isEmpty()) {
      return form;
    }
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      form.put(
          URLDecoder.decode(name, StandardCharsets.UTF_8),
          URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return form;
  }

  private static void json(HttpExchange exchange, int status, JsonObject body) throws IOException {
    byte[] bytes = GSON.toJson(body).getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.getResponseHeaders().set("Request-Id", "req_" + random());
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream os = exchange.getResponseBody()) {
      os.write(bytes);
    }
  }

  private static void error(HttpExchange exchange, int status, String type, String message)
      throws IOException {
    JsonObject error = new JsonObject();
    error.addProperty("type", type);
    error.addProperty("message", message);
    JsonObject body = new JsonObject();
    body.add("error", error);
    json(exchange, status, body);
  }

  private static String random() {
    return UUID.randomUUID().toString().replace("-", "");
  }

  /** The newest session of this invoice, if any. */
  public Optional<JsonObject> latestOf(UUID invoiceId) {
    List<JsonObject> all = new ArrayList<>(sessionsOf(invoiceId));
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }
}
