package dev.portico.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * A small authoritative DNS server over UDP on 127.0.0.1 for tests: names get a CNAME record, an A
 * record only, or do not exist (NXDOMAIN); tests change the records while it runs.
 */
public final class LocalDnsServer implements AutoCloseable {

  private final DatagramSocket socket;
  private final Map<String, String> cnames = new ConcurrentHashMap<>();
  private final Map<String, String> addresses = new ConcurrentHashMap<>();
  private final AtomicInteger questions = new AtomicInteger();
  private final Thread thread;

  private LocalDnsServer() throws SocketException {
    socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
    thread = Thread.ofPlatform().daemon().name("local-dns").start(this::serve);
  }

  /** Started on a free port of 127.0.0.1. */
  public static LocalDnsServer start() {
    try {
      return new LocalDnsServer();
    } catch (SocketException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code host:port}, as {@code portico.domains.dns-server} takes it. */
  public String address() {
    return "127.0.0.1:" + socket.getLocalPort();
  }

  /** {@code name} gets a CNAME record to {@code target} (replacing what it had). */
  public void cname(String name, String target) {
    addresses.remove(key(name));
    cnames.put(key(name), target.endsWith(".") ? target : target + ".");
  }

  /** {@code name} exists with an A record but no CNAME. */
  public void addressOnly(String name, String ip) {
    cnames.remove(key(name));
    addresses.put(key(name), ip);
  }

  /** {@code name} does not exist (NXDOMAIN). */
  public void remove(String name) {
    cnames.remove(key(name));
    addresses.remove(key(name));
  }

  /** How many questions it answered. */
  public int questions() {
    return questions.get();
  }

  private static String key(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".") ? n : n + ".";
  }

  private void serve() {
    byte[] buffer = new byte[512];
    while (!socket.isClosed()) {
      DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
      try {
        socket.receive(packet);
        byte[] answer = answer(new Message(java.util.Arrays.copyOf(buffer, packet.getLength())));
        socket.send(
            new DatagramPacket(answer, answer.length, packet.getAddress(), packet.getPort()));
        questions.incrementAndGet();
      } catch (IOException e) {
        if (socket.isClosed()) {
          return;
        }
      }
    }
  }

  private byte[] answer(Message query) throws TextParseException {
    Message response = new Message(query.getHeader().getID());
    response.getHeader().setFlag(Flags.QR);
    response.getHeader().setFlag(Flags.AA);
    Record question = query.getQuestion();
    response.addRecord(question, Section.QUESTION);
    String name = key(question.getName().toString());
    String target = cnames.get(name);
    String address = addresses.get(name);
    if (target != null) {
      response.addRecord(
          new CNAMERecord(question.getName(), DClass.IN, 60, Name.fromString(target)),
          Section.ANSWER);
    } else if (address != null) {
      if (question.getType() == Type.A) {
        try {
          response.addRecord(
              new ARecord(question.getName(), DClass.IN, 60, InetAddress.getByName(address)),
              Section.ANSWER);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    } else {
      response.getHeader().setRcode(Rcode.NXDOMAIN);
    }
    return response.toWire();
  }

  @Override
  public void close() {
    socket.close();
    thread.interrupt();
  }
}
