package dev.portico.deliverable.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What the review page puts in front of a person for each kind of file. */
class FilePreviewTest {

  private final UUID version = UUID.randomUUID();
  private final String src = "/files/deliverables/" + version;

  @Test
  void imagesShowAsImages() {
    Element preview = new FilePreview(version, "logo.png", "image/png", true, 2048).getElement();
    assertThat(tags(preview)).contains("img").doesNotContain("iframe", "video");
    assertThat(find(preview, "img").getAttribute("src")).isEqualTo(src);
  }

  @Test
  void pdfsShowAsImagesOfTheirPagesNeverInTheBrowsersViewer() {
    Element preview =
        new FilePreview(version, "guide.pdf", "application/pdf", true, 2048, 2).getElement();
    assertThat(tags(preview)).doesNotContain("iframe", "embed", "object");
    List<Element> pages = findAll(preview, "img");
    assertThat(pages)
        .extracting(p -> p.getAttribute("src"))
        .containsExactly(src + "/pages/1", src + "/pages/2");
    assertThat(preview.getTextRecursively()).contains("Page 1 of 2", "Page 2 of 2");
    assertThat(find(preview, "a").getAttribute("href")).isEqualTo(src + "?download=true");
  }

  @Test
  void aLongPdfShowsItsFirstPagesAndSaysTheRestAreInTheDownload() {
    Element preview =
        new FilePreview(version, "book.pdf", "application/pdf", true, 2048, 300).getElement();
    assertThat(findAll(preview, "img")).hasSize(FilePreview.MAX_PDF_PAGES);
    assertThat(preview.getTextRecursively())
        .contains("Page 20 of 300", "Showing the first 20 of 300 pages");
  }

  @Test
  void aPdfThatCannotBeReadIsADownloadOnly() {
    Element preview =
        new FilePreview(version, "broken.pdf", "application/pdf", true, 2048, 0).getElement();
    assertThat(tags(preview)).doesNotContain("img", "iframe");
    assertThat(preview.getTextRecursively()).contains("not shown in the page");
  }

  @Test
  void videosPlayInTheHtml5PlayerWithControls() {
    Element preview =
        new FilePreview(version, "cut.mp4", "video/mp4", true, 5_000_000).getElement();
    Element video = find(preview, "video");
    assertThat(video.getAttribute("src")).isEqualTo(src);
    assertThat(video.hasAttribute("controls")).isTrue();
    assertThat(find(preview, "a").getText()).isEqualTo("Download cut.mp4 (4.8 MB)");
  }

  @Test
  void anythingElseIsADownloadOnly() {
    Element preview = new FilePreview(version, "page.html", "text/html", false, 300).getElement();
    assertThat(tags(preview)).doesNotContain("img", "iframe", "video");
    Element link = find(preview, "a");
    assertThat(link.getAttribute("href")).isEqualTo(src + "?download=true");
    assertThat(link.hasAttribute("download")).isTrue();
    assertThat(link.hasAttribute("router-ignore")).as("not a view").isTrue();
    assertThat(preview.getTextRecursively()).contains("not shown in the page");
  }

  @Test
  void anImageTheServerWillNotServeInlineIsNotEmbedded() {
    Element preview = new FilePreview(version, "x.png", "image/svg+xml", false, 300).getElement();
    assertThat(tags(preview)).doesNotContain("img");
  }

  private static List<String> tags(Element root) {
    List<String> tags = new ArrayList<>();
    root.getChildren()
        .forEach(
            child -> {
              if (!child.isTextNode()) {
                tags.add(child.getTag());
                tags.addAll(tags(child));
              }
            });
    return tags;
  }

  private static List<Element> findAll(Element root, String tag) {
    List<Element> found = new ArrayList<>();
    root.getChildren()
        .forEach(
            child -> {
              if (!child.isTextNode()) {
                if (child.getTag().equals(tag)) {
                  found.add(child);
                }
                found.addAll(findAll(child, tag));
              }
            });
    return found;
  }

  private static Element find(Element root, String tag) {
    for (Element child : root.getChildren().toList()) {
      if (child.isTextNode()) {
        continue;
      }
      if (child.getTag().equals(tag)) {
        return child;
      }
      Element inner = find(child, tag);
      if (inner != null) {
        return inner;
      }
    }
    return null;
  }
}
