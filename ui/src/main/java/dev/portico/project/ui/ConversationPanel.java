package dev.portico.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import dev.portico.project.CommentKind;
import dev.portico.project.ProjectPlanning;
import dev.portico.project.ProjectPlanning.CommentRow;
import dev.portico.project.ProjectPlanning.ProjectDetail;
import dev.portico.shared.ui.Actions;
import dev.portico.shared.ui.Formats;
import java.util.Map;

/** Replies (the client sees them) and Notes (internal), clearly told apart. */
class ConversationPanel extends Div {

  ConversationPanel(ProjectPlanning planning, ProjectDetail project, Runnable changed) {
    addClassName("conversation");
    for (CommentRow c : project.comments()) {
      Div comment = new Div();
      comment.addClassNames("comment", c.kind() == CommentKind.NOTE ? "note" : "reply");
      Span label =
          new Span(
              c.kind() == CommentKind.NOTE
                  ? "Internal note"
                  : (c.byClient() ? "Client reply" : "Reply"));
      label.addClassName("comment-kind");
      comment.add(
          label,
          new Span(c.authorName() + " · " + Formats.dateTime(c.createdAt())),
          new Paragraph(c.body()));
      add(comment);
    }
    RadioButtonGroup<CommentKind> kind = new RadioButtonGroup<>();
    kind.setItems(CommentKind.values());
    kind.setItemLabelGenerator(
        k -> k == CommentKind.REPLY ? "Reply (client sees it)" : "Internal note");
    kind.setValue(CommentKind.NOTE);
    kind.setAriaLabel("Kind of message");
    TextArea body = new TextArea();
    body.setPlaceholder("Write a message");
    body.setAriaLabel("Message");
    body.setWidthFull();
    Button post =
        new Button(
            "Post",
            e -> {
              if (Actions.run(
                  () -> planning.comment(project.id(), kind.getValue(), body.getValue()),
                  Map.of("body", body))) {
                changed.run();
              }
            });
    add(kind, body, post);
  }
}
