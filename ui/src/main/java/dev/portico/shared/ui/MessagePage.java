package dev.portico.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** A full page with a title, one sentence and a way back to the start page. */
abstract class MessagePage extends VerticalLayout {

  MessagePage(String title, String text) {
    addClassName("centered-page");
    add(new H1(title), new Paragraph(text), new Anchor("/", "Go to your start page"));
  }
}
