package dev.portico.demo;

import dev.portico.client.ClientDirectory;
import dev.portico.client.ClientSummary;
import dev.portico.file.FileSharing;
import dev.portico.identity.AccountAccess;
import dev.portico.identity.PorticoUser;
import dev.portico.project.ProjectPlanning;
import dev.portico.project.ProjectPlanning.ProjectRow;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Files Sam shares with Acme, through the same service as real ones: kick-off notes (a PDF) for the
 * website, the colour palette (a PNG) and a content checklist for the whole company. Made here in
 * code, so the demo carries no binary files of its own for them.
 */
@Component
public class DemoFiles {

  private final FileSharing sharing;
  private final ClientDirectory clients;
  private final ProjectPlanning planning;
  private final AccountAccess access;

  DemoFiles(
      FileSharing sharing,
      ClientDirectory clients,
      ProjectPlanning planning,
      AccountAccess access) {
    this.sharing = sharing;
    this.clients = clients;
    this.planning = planning;
    this.access = access;
  }

  /**
   * @return whether it shared anything (false when Acme has shared files already)
   */
  public boolean shareOnce() {
    var sam = access.signInAllowed(DemoData.STAFF_EMAIL).orElse(null);
    if (sam == null) {
      return false;
    }
    PorticoUser principal = new PorticoUser(sam);
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(
                principal, null, principal.getAuthorities()));
    try {
      UUID acme =
          clients.list().stream()
              .filter(c -> c.name().equals("Acme Corp"))
              .map(ClientSummary::id)
              .findFirst()
              .orElse(null);
      if (acme == null || !sharing.forClient(acme).isEmpty()) {
        return false;
      }
      UUID website =
          planning.list().stream()
              .filter(p -> p.name().equals(DemoData.WEBSITE_PROJECT))
              .map(ProjectRow::id)
              .findFirst()
              .orElse(null);
      sharing.share(
          acme,
          null,
          "content-checklist.csv",
          "What we need from you for each page: texts, photos, product data.",
          new ByteArrayInputStream(checklist()));
      sharing.share(
          acme,
          null,
          "acme-colour-palette.png",
          "The palette from the brand guidelines, for your own slides and documents.",
          new ByteArrayInputStream(palette()));
      if (website != null) {
        sharing.share(
            acme,
            website,
            "website-kickoff-notes.pdf",
            "Notes from our kick-off workshop: goals, pages and the plan.",
            new ByteArrayInputStream(kickoffNotes()));
      }
      return true;
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  static byte[] checklist() {
    return """
        Page,What we need,Who,Status
        Home,Hero text (max 20 words),Acme marketing,Open
        Home,Three product photos,Acme marketing,Open
        Products,Product data export (CSV),Acme IT,Received
        About us,Team photo and 150 words,Acme HR,Open
        Contact,Opening hours and address,Acme office,Received
        """
        .getBytes(StandardCharsets.UTF_8);
  }

  static byte[] palette() {
    List<Color> colours =
        List.of(new Color(0x1F3A5F), new Color(0x3D7EAA), new Color(0xF2A541), new Color(0xF4F1EA));
    List<String> names = List.of("Acme navy", "Harbour blue", "Sunrise", "Paper");
    BufferedImage image = new BufferedImage(800, 260, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, 800, 260);
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
      for (int i = 0; i < colours.size(); i++) {
        Color c = colours.get(i);
        g.setColor(c);
        g.fillRect(20 + i * 195, 20, 180, 170);
        g.setColor(Color.DARK_GRAY);
        g.drawString(names.get(i), 20 + i * 195, 215);
        g.drawString(String.format("#%06X", c.getRGB() & 0xFFFFFF), 20 + i * 195, 238);
      }
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return png.toByteArray();
  }

  static byte[] kickoffNotes() {
    List<String> lines =
        List.of(
            "Goals: a faster shop, clearer prices, checkout in three steps.",
            "Pages: home, products, product detail, about us, contact.",
            "Design first, then build; the homepage design comes first for review.",
            "Acme sends texts and photos by the content checklist.",
            "Launch planned after the beta with a small group of customers.");
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      try (PDPageContentStream text = new PDPageContentStream(document, page)) {
        text.beginText();
        text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), 20);
        text.newLineAtOffset(60, 760);
        text.showText("Website redesign: kick-off notes");
        text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        text.setLeading(20);
        text.newLine();
        text.newLine();
        for (String line : lines) {
          text.showText("- " + line);
          text.newLine();
        }
        text.endText();
      }
      ByteArrayOutputStream pdf = new ByteArrayOutputStream();
      document.save(pdf);
      return pdf.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
