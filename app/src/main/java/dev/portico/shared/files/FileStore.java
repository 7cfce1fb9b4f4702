package dev.portico.shared.files;

import dev.portico.shared.PorticoProperties;
import dev.portico.shared.ValidationException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.apache.tika.Tika;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;

/**
 * Keeps uploaded files under {@code <dataDir>/files}, named by their SHA-256 so identical uploads
 * share bytes and stored files never change. Refuses empty and oversized uploads; the type comes
 * from the bytes (Apache Tika), never from the name or the browser.
 */
@Service
public class FileStore {

  private static final Pattern SHA256 = Pattern.compile("^[0-9a-f]{64}$");

  private final Path root;
  private final long maxBytes;
  private final Tika tika = new Tika();

  @Autowired
  FileStore(
      PorticoProperties properties, @Value("${portico.files.max-size:200MB}") DataSize maxSize) {
    this(properties.dataDir().resolve("files"), maxSize.toBytes());
  }

  FileStore(Path root, long maxBytes) {
    this.root = root.toAbsolutePath();
    this.maxBytes = maxBytes;
  }

  public long maxBytes() {
    return maxBytes;
  }

  /**
   * Stores an upload.
   *
   * @throws ValidationException for an empty or too large file, with a message for the uploader
   */
  public StoredFile store(String originalName, InputStream content) {
    String fileName = FileNames.sanitize(originalName);
    try {
      Files.createDirectories(root.resolve("incoming"));
      Path incoming = Files.createTempFile(root.resolve("incoming"), "upload-", ".part");
      try {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        long size = copyAtMost(content, incoming, digest);
        if (size == 0) {
          throw new ValidationException(fileName + " is empty. Choose a file with content.");
        }
        String sha256 = HexFormat.of().formatHex(digest.digest());
        String type;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(incoming))) {
          type = tika.detect(in);
        }
        try (InputStream in = Files.newInputStream(incoming)) {
          type = ContentTypes.refine(type, in.readNBytes(ContentTypes.HEAD_BYTES));
        }
        Path target = pathOf(sha256);
        Files.createDirectories(target.getParent());
        if (Files.exists(target)) {
          Files.delete(incoming);
        } else {
          Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE);
          target.toFile().setReadOnly();
        }
        return new StoredFile(sha256, size, type, fileName, ContentTypes.isInline(type));
      } finally {
        Files.deleteIfExists(incoming);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not store " + fileName, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The type of some bytes as {@link #store} would detect it (small uploads checked first). */
  public String detect(byte[] bytes) {
    String type = tika.detect(bytes);
    return ContentTypes.refine(
        type, Arrays.copyOf(bytes, Math.min(bytes.length, ContentTypes.HEAD_BYTES)));
  }

  /** The bytes of a stored file. */
  public Path pathOf(String sha256) {
    if (sha256 == null || !SHA256.matcher(sha256).matches()) {
      throw new IllegalArgumentException("Not a content hash");
    }
    return root.resolve(sha256.substring(0, 2)).resolve(sha256);
  }

  private long copyAtMost(InputStream content, Path target, MessageDigest digest)
      throws IOException {
    long total = 0;
    byte[] buffer = new byte[64 * 1024];
    try (OutputStream out = new DigestOutputStream(Files.newOutputStream(target), digest)) {
      int read;
      while ((read = content.read(buffer)) != -1) {
        total += read;
        if (total > maxBytes) {
          throw new ValidationException(
              "The file is larger than "
                  + DataSize.ofBytes(maxBytes).toMegabytes()
                  + " MB. Upload a smaller file.");
        }
        out.write(buffer, 0, read);
      }
    }
    return total;
  }
}
