package dev.portico.shared.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** File names as an uploader chooses them, and what Portico stores and shows. */
class FileNamesTest {

  @Test
  void aRightToLeftOverrideCannotDisguiseAnExecutableAsAnImage() {
    // Shown as "invoiceexe.png" by a bidi-aware renderer; it is really an .exe.
    assertThat(FileNames.sanitize("invoice\u202Egnp.exe")).isEqualTo("invoicegnp.exe");
  }

  @Test
  void everyBidiControlAndInvisibleFormatCharacterIsRemoved() {
    String controls =
        "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C"
            + "\u200B\u200D\u2060\uFEFF\u00AD";
    assertThat(FileNames.sanitize("re" + controls + "port.pdf")).isEqualTo("report.pdf");
    assertThat(FileNames.sanitize(controls)).isEqualTo("file");
  }

  @Test
  void ordinaryUnicodeNamesStayAsTheyAre() {
    assertThat(FileNames.sanitize("Präsentation – Entwurf.pdf"))
        .isEqualTo("Präsentation – Entwurf.pdf");
    assertThat(FileNames.sanitize("تقرير.pdf")).isEqualTo("تقرير.pdf");
  }
}
