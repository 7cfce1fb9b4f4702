package dev.portico.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.portico.file.PortalFiles;
import dev.portico.file.PortalFiles.PortalFile;
import dev.portico.file.SharedFileDownloads;
import dev.portico.identity.AccountAccess;
import dev.portico.shared.files.PdfPages;
import dev.portico.testsupport.Fixtures;
import dev.portico.testsupport.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The seeded demo shares three files with Acme, made in code: Alex finds them under Files. */
@IntegrationTest
class DemoFilesIT {

  @Autowired DemoData demo;
  @Autowired DemoFiles files;
  @Autowired AccountAccess access;
  @Autowired PortalFiles portal;
  @Autowired SharedFileDownloads downloads;
  @Autowired PdfPages pdfPages;

  @AfterEach
  void signOut() {
    Fixtures.signOut();
  }

  @Test
  void alexFindsThreeFilesFromSamOnce() {
    demo.seedOnce();
    assertThat(files.shareOnce()).isTrue();
    assertThat(files.shareOnce()).as("shared once").isFalse();

    Fixtures.signIn(access.signInAllowed(DemoData.CLIENT_A_EMAIL).orElseThrow());
    assertThat(portal.mine())
        .extracting(PortalFile::fileName, PortalFile::contentType, PortalFile::projectName)
        .containsExactlyInAnyOrder(
            tuple("website-kickoff-notes.pdf", "application/pdf", DemoData.WEBSITE_PROJECT),
            tuple("acme-colour-palette.png", "image/png", null),
            tuple("content-checklist.csv", "text/plain", null));
    assertThat(portal.mine()).allSatisfy(f -> assertThat(f.sharedBy()).isEqualTo("Sam Lead"));
    PortalFile notes =
        portal.mine().stream().filter(f -> f.fileName().endsWith(".pdf")).findFirst().orElseThrow();
    assertThat(pdfPages.count(downloads.open(notes.id()).path())).isEqualTo(1);
  }
}
