package dev.portico.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import dev.portico.project.CommentKind;
import dev.portico.project.ProjectPlanning.CommentRow;
import dev.portico.shared.ui.Actions;
import dev.portico.shared.ui.Formats;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * A thread of Replies (the client sees them at once) and internal Notes, told apart at a glance,
 * with a composer where staff choose explicitly; a Note is the default. Where the client cannot see
 * the thread, only Notes can be written.
 */
class ThreadPanel extends Div {

  /**
   * @param repliesReachClient whether a Reply here is shown to the client; otherwise only Notes
   * @param post writes a message of the chosen kind
   * @param changed re-renders the page after a message was posted
   */
  ThreadPanel(
      List<CommentRow> thread,
      boolean repliesReachClient,
      BiConsumer<CommentKind, String> post,
      Runnable changed) {
    addClassName("conversation");
    if (thread.isEmpty()) {
      Paragraph none = new Paragraph("No messages yet.");
      none.addClassName("muted");
      add(none);
    }
    for (CommentRow c : thread) {
      add(message(c));
    }
    RadioButtonGroup<CommentKind> kind = new RadioButtonGroup<>();
    kind.setItems(
        repliesReachClient
            ? List.of(CommentKind.NOTE, CommentKind.REPLY)
            : List.of(CommentKind.NOTE));
    kind.setItemLabelGenerator(
        k ->
            k == CommentKind.REPLY ? "Reply to the client (they see it at once)" : "Internal note");
    kind.setValue(CommentKind.NOTE);
    kind.setAriaLabel("Kind of message");
    kind.addClassName("thread-kind");
    TextArea body = new TextArea();
    body.setPlaceholder("Write an internal note");
    body.setAriaLabel("Message");
    body.setMaxLength(10000);
    body.setWidthFull();
    Button send = new Button("Add internal note");
    kind.addValueChangeListener(
        e -> {
          boolean reply = e.getValue() == CommentKind.REPLY;
          send.setText(reply ? "Send reply to the client" : "Add internal note");
          body.setPlaceholder(
              reply
                  ? "Write a reply: the client reads it in the portal"
                  : "Write an internal note");
          body.getElement().getClassList().set("writing-reply", reply);
          if (reply) {
            send.addThemeVariants(ButtonVariant.PRIMARY);
          } else {
            send.removeThemeVariants(ButtonVariant.PRIMARY);
          }
        });
    send.addClickListener(
        e -> {
          if (Actions.run(
              () -> post.accept(kind.getValue(), body.getValue()), Map.of("body", body))) {
            changed.run();
          }
        });
    Div composer = new Div(kind, body, send);
    composer.addClassName("composer");
    if (!repliesReachClient) {
      Paragraph internal = new Paragraph("The client cannot see this, so only internal notes.");
      internal.addClassName("muted");
      composer.addComponentAsFirst(internal);
    }
    add(composer);
  }

  static Div message(CommentRow c) {
    Div comment = new Div();
    comment.addClassNames(
        "comment",
        c.kind() == CommentKind.NOTE ? "note" : "reply",
        c.byClient() ? "from-client" : "from-agency");
    Span label =
        new Span(
            c.kind() == CommentKind.NOTE
                ? "Internal note"
                : (c.byClient() ? "Client reply" : "Reply · client sees it"));
    label.addClassName("comment-kind");
    Paragraph text = new Paragraph(c.body());
    text.addClassName("message-text");
    comment.add(label, new Span(c.authorName() + " · " + Formats.dateTime(c.createdAt())), text);
    return comment;
  }
}
