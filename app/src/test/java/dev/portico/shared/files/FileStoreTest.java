package dev.portico.shared.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portico.shared.ValidationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Upload handling: what a hostile or careless uploader can send, and what is kept. */
class FileStoreTest {

  /** A 1×1 PNG. */
  private static final byte[] PNG =
      Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

  private static final byte[] PDF =
      "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
          .getBytes(StandardCharsets.US_ASCII);

  @TempDir Path dir;

  private FileStore store(long maxBytes) {
    return new FileStore(dir, maxBytes);
  }

  private static InputStream bytes(byte[] content) {
    return new ByteArrayInputStream(content);
  }

  @Test
  void realImagesAndPdfsAreShownInline() throws IOException {
    StoredFile png = store(1_000_000).store("mockup.png", bytes(PNG));
    StoredFile pdf = store(1_000_000).store("brief.pdf", bytes(PDF));

    assertThat(png.contentType()).isEqualTo("image/png");
    assertThat(png.inline()).isTrue();
    assertThat(pdf.contentType()).isEqualTo("application/pdf");
    assertThat(pdf.inline()).isTrue();
    assertThat(Files.readAllBytes(store(1_000_000).pathOf(png.sha256()))).isEqualTo(PNG);
    assertThat(png.size()).isEqualTo(PNG.length);
  }

  @Test
  void commonVideoContainersAreRecognisedFromTheirBytes() {
    byte[] webm = ebml("webm");
    byte[] mkv = ebml("matroska");
    byte[] mp4 = new byte[64];
    System.arraycopy(
        "\0\0\0\u0020ftypisom\0\0\u0002\0isomiso2avc1mp41".getBytes(StandardCharsets.ISO_8859_1),
        0,
        mp4,
        0,
        32);

    StoredFile webmFile = store(1_000_000).store("clip.bin", bytes(webm));
    assertThat(webmFile.contentType()).isEqualTo("video/webm");
    assertThat(webmFile.inline()).isTrue();
    StoredFile mkvFile = store(1_000_000).store("clip.webm", bytes(mkv));
    assertThat(mkvFile.contentType()).as("the name does not decide").isEqualTo("video/x-matroska");
    assertThat(mkvFile.inline()).isFalse();
    StoredFile mp4File = store(1_000_000).store("clip", bytes(mp4));
    assertThat(mp4File.contentType()).isEqualTo("video/mp4");
    assertThat(mp4File.inline()).isTrue();
  }

  /** The start of a Matroska file: EBML header with the given DocType, then padding. */
  private static byte[] ebml(String docType) {
    byte[] head = new byte[80];
    byte[] start = {
      0x1a,
      0x45,
      (byte) 0xdf,
      (byte) 0xa3,
      (byte) 0x9f,
      0x42,
      (byte) 0x86,
      (byte) 0x81,
      0x01,
      0x42,
      (byte) 0xf7,
      (byte) 0x81,
      0x01,
      0x42,
      (byte) 0x82
    };
    System.arraycopy(start, 0, head, 0, start.length);
    head[start.length] = (byte) (0x80 | docType.length());
    byte[] name = docType.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(name, 0, head, start.length + 1, name.length);
    return head;
  }

  @Test
  void htmlRenamedToPngIsRecognisedAndNeverInline() {
    byte[] html =
        "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
            .getBytes(StandardCharsets.UTF_8);

    StoredFile file = store(1_000_000).store("innocent.png", bytes(html));

    assertThat(file.contentType()).isEqualTo("text/html");
    assertThat(file.inline()).isFalse();
  }

  @Test
  void svgWithScriptIsDownloadOnly() {
    byte[] svg =
        "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
            .getBytes(StandardCharsets.UTF_8);

    StoredFile file = store(1_000_000).store("logo.svg", bytes(svg));

    assertThat(file.contentType()).isEqualTo("image/svg+xml");
    assertThat(file.inline()).isFalse();
  }

  @Test
  void oversizedAndEmptyFilesAreRefusedWithAMessageAndLeaveNothingBehind() throws IOException {
    assertThatThrownBy(() -> store(1024).store("big.bin", bytes(new byte[4096])))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("larger than");
    assertThatThrownBy(() -> store(1024).store("empty.txt", bytes(new byte[0])))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("empty.txt is empty");
    try (var files = Files.walk(dir)) {
      assertThat(files.filter(Files::isRegularFile)).isEmpty();
    }
  }

  @Test
  void pathTraversalAndControlCharactersAreStrippedFromNames() {
    assertThat(store(1_000_000).store("../../etc/passwd", bytes(PNG)).fileName())
        .isEqualTo("passwd");
    assertThat(FileNames.sanitize("..\\..\\windows\\win.ini")).isEqualTo("win.ini");
    assertThat(FileNames.sanitize("report\r\nSet-Cookie: x.pdf"))
        .isEqualTo("report__Set-Cookie_ x.pdf");
    assertThat(FileNames.sanitize("...")).isEqualTo("file");
    assertThat(FileNames.sanitize("a".repeat(300) + ".pdf")).hasSize(120).endsWith(".pdf");
  }

  @Test
  void identicalUploadsShareOneStoredCopyWhichCannotBeChanged() throws IOException {
    StoredFile first = store(1_000_000).store("a.png", bytes(PNG));
    StoredFile second = store(1_000_000).store("b.png", bytes(PNG));

    assertThat(second.sha256()).isEqualTo(first.sha256());
    assertThat(Files.getPosixFilePermissions(store(1_000_000).pathOf(first.sha256())))
        .as("stored read-only")
        .doesNotContain(
            PosixFilePermission.OWNER_WRITE,
            PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.OTHERS_WRITE);
    assertThatThrownBy(() -> store(1).pathOf("../../etc/passwd"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
