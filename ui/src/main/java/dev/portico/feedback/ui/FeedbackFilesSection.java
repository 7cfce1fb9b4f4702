package dev.portico.feedback.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import dev.portico.feedback.FeedbackFiles;
import dev.portico.feedback.FeedbackFiles.FeedbackFile;
import dev.portico.project.TaskKind;
import dev.portico.project.TaskWork.TaskDetail;
import dev.portico.project.ui.StaffTaskSection;
import java.util.List;

/** On a feedback item's staff page: the files the client attached. */
@org.springframework.stereotype.Component
class FeedbackFilesSection implements StaffTaskSection {

  private final FeedbackFiles files;

  FeedbackFilesSection(FeedbackFiles files) {
    this.files = files;
  }

  @Override
  public Component create(TaskDetail task) {
    if (task.kind() != TaskKind.FEEDBACK) {
      return null;
    }
    List<FeedbackFile> attached = files.ofInboxItem(task.id());
    if (attached.isEmpty()) {
      return null;
    }
    Div section = new Div(new H2("Attached files"));
    section.addClassName("feedback-files");
    for (FeedbackFile f : attached) {
      Anchor link =
          new Anchor("/files/feedback/" + f.id(), f.fileName() + " (" + size(f.size()) + ")");
      link.setRouterIgnore(true);
      link.getElement().setAttribute("download", f.fileName());
      section.add(new Div(link));
    }
    return section;
  }

  private static String size(long bytes) {
    return bytes < 1024 * 1024
        ? Math.max(1, bytes / 1024) + " KB"
        : "%.1f MB".formatted(bytes / (1024.0 * 1024));
  }
}
