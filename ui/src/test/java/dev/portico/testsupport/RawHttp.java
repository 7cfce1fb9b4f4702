package dev.portico.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.0 over a plain socket, as an attacker sends it: any Host header, and from any loopback
 * address (127.x.y.z), so the server sees a client address of the test's choosing.
 */
public final class RawHttp {

  /** A response: status, headers by lower-case name (all values), body as text. */
  public record Response(int status, Map<String, List<String>> headers, String body) {

    public List<String> all(String name) {
      return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    public String header(String name) {
      List<String> values = all(name);
      return values.isEmpty() ? null : values.getFirst();
    }
  }

  private final int port;
  private final String clientAddress;

  public RawHttp(int port, String clientAddress) {
    this.port = port;
    this.clientAddress = clientAddress;
  }

  /** The address the server sees this client at. */
  public String clientAddress() {
    return clientAddress;
  }

  public Response get(String host, String path, String... headers) {
    return send("GET", host, path, null, headers);
  }

  public Response postForm(String host, String path, String form, String... headers) {
    return send("POST", host, path, form, headers);
  }

  private Response send(String method, String host, String path, String form, String... headers) {
    StringBuilder request = new StringBuilder();
    request.append(method).append(' ').append(path).append(" HTTP/1.0\r\n");
    request.append("Host: ").append(host).append("\r\n");
    for (String header : headers) {
      request.append(header).append("\r\n");
    }
    byte[] body = form == null ? new byte[0] : form.getBytes(StandardCharsets.UTF_8);
    if (form != null) {
      request.append("Content-Type: application/x-www-form-urlencoded\r\n");
      request.append("Content-Length: ").append(body.length).append("\r\n");
    }
    request.append("Connection: close\r\n\r\n");
    try (Socket socket =
        new Socket(
            InetAddress.getByName("127.0.0.1"), port, InetAddress.getByName(clientAddress), 0)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(body);
      out.flush();
      return parse(socket.getInputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Response parse(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    in.transferTo(all);
    String text = all.toString(StandardCharsets.UTF_8);
    int end = text.indexOf("\r\n\r\n");
    String head = end < 0 ? text : text.substring(0, end);
    String body = end < 0 ? "" : text.substring(end + 4);
    String[] lines = head.split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        headers
            .computeIfAbsent(
                lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                k -> new ArrayList<>())
            .add(lines[i].substring(colon + 1).trim());
      }
    }
    return new Response(status, headers, body);
  }
}
