package dev.portico.invoice.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import dev.portico.client.ClientSummary;
import dev.portico.invoice.Amounts;
import dev.portico.invoice.InvoiceBilling;
import dev.portico.invoice.InvoiceForm;
import dev.portico.project.ProjectFacts;
import dev.portico.shared.ValidationException;
import dev.portico.shared.ui.Actions;
import dev.portico.shared.ui.DateFields;
import dev.portico.shared.ui.Formats;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A draft invoice as a form: client, project, currency, dates, note and lines, with live totals by
 * the domain's rounding rule. Save draft, Delete draft, Send invoice. What the domain refuses is
 * marked on the field it is about and listed above the buttons; nothing typed is lost.
 */
class DraftEditor extends Div {

  private static final Pattern LINE = Pattern.compile("^Line (\\d+): (.*)$");
  private static final Pattern SENTENCES = Pattern.compile("(?<=\\.)\\s+(?=[A-Z])");

  private final InvoiceBilling billing;
  private final Consumer<UUID> sent;
  private final Runnable deleted;
  private Runnable created = () -> {};
  private UUID invoiceId;

  private final ComboBox<ClientSummary> client = new ComboBox<>("Client");
  private final ComboBox<ProjectFacts.Facts> project = new ComboBox<>("Project (optional)");
  private final Select<String> currency = new Select<>();
  private final DatePicker issueDate = DateFields.picker("Issue date");
  private final DatePicker dueDate = DateFields.picker("Due date");
  private final TextArea note = new TextArea("Note to the client");
  private final Div lines = new Div();
  private final List<LineEditor> lineEditors = new ArrayList<>();
  private final Span net = new Span();
  private final Span tax = new Span();
  private final Span total = new Span();
  private final Paragraph totalsHint = new Paragraph();
  private final Div problems = new Div();
  private final Div actions = new Div();

  /**
   * @param invoiceId the draft, or null for a new invoice
   * @param clientId the client to bill, or null to choose one (a draft's client is fixed)
   * @param sent what follows sending (the invoice's id)
   * @param deleted what follows deleting the draft
   */
  DraftEditor(
      InvoiceBilling billing,
      List<ClientSummary> clients,
      UUID invoiceId,
      UUID clientId,
      UUID projectId,
      InvoiceForm form,
      Consumer<UUID> sent,
      Runnable deleted) {
    this.billing = billing;
    this.invoiceId = invoiceId;
    this.sent = sent;
    this.deleted = deleted;
    addClassName("draft-editor");

    client.setItems(clients);
    client.setItemLabelGenerator(ClientSummary::name);
    client.setRequiredIndicatorVisible(true);
    client.setManualValidation(true);
    clients.stream()
        .filter(c -> c.id().equals(clientId))
        .findFirst()
        .ifPresent(
            c -> {
              client.setValue(c);
              client.setReadOnly(true);
            });
    project.setItemLabelGenerator(ProjectFacts.Facts::name);
    project.setClearButtonVisible(true);
    project.setPlaceholder("None");
    project.setManualValidation(true);
    loadProjects(projectId);
    client.addValueChangeListener(
        e -> {
          client.setInvalid(false);
          loadProjects(null);
        });

    currency.setLabel("Currency");
    currency.setItems(Amounts.CURRENCIES);
    currency.setValue(form.currency());
    currency.addValueChangeListener(e -> recompute());
    issueDate.setValue(form.issueDate());
    dueDate.setValue(form.dueDate());
    for (DatePicker date : List.of(issueDate, dueDate)) {
      date.setManualValidation(true);
      date.setRequiredIndicatorVisible(true);
      date.addValueChangeListener(e -> date.setInvalid(false));
    }
    note.setValue(Objects.requireNonNullElse(form.noteToClient(), ""));
    note.setMaxLength(2000);
    note.setPlaceholder("E.g. payment details or thanks. It is printed on the invoice.");
    note.setManualValidation(true);

    FormLayout head = new FormLayout(client, project, currency, issueDate, dueDate, note);
    head.setResponsiveSteps(
        new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36rem", 3));
    head.setColspan(client, 2);
    head.setColspan(note, 3);
    head.addClassName("draft-head");

    lines.addClassName("invoice-lines");
    form.lines().forEach(this::addLine);
    Button addLine =
        new Button(
            "Add line",
            VaadinIcon.PLUS.create(),
            e -> {
              LineEditor added =
                  addLine(new InvoiceForm.Line("", BigDecimal.ONE, null, lastRate()));
              renumber();
              added.description.focus();
            });
    addLine.addClassName("add-line");

    problems.addClassName("form-problems");
    problems.setVisible(false);
    problems.getElement().setAttribute("role", "alert");
    actions.addClassName("draft-actions");

    add(head, new H2("Lines"), lines, addLine, totals(), problems, actions);
    renumber();
    recompute();
    renderActions();
  }

  /** What to do once a new invoice is saved as a draft (e.g. retitle the page). */
  void onCreated(Runnable created) {
    this.created = created;
  }

  private LineEditor addLine(InvoiceForm.Line line) {
    LineEditor editor = new LineEditor(line, this::recompute, this::removeLine);
    lineEditors.add(editor);
    lines.add(editor);
    return editor;
  }

  private void removeLine(LineEditor editor) {
    lineEditors.remove(editor);
    lines.remove(editor);
    renumber();
    recompute();
  }

  private void renumber() {
    for (int i = 0; i < lineEditors.size(); i++) {
      lineEditors.get(i).number(i + 1, lineEditors.size() > 1);
    }
  }

  /** A new line starts at the tax rate of the line above it. */
  private BigDecimal lastRate() {
    return lineEditors.isEmpty() ? null : lineEditors.getLast().taxRate.getValue();
  }

  private void loadProjects(UUID selected) {
    ClientSummary chosen = client.getValue();
    List<ProjectFacts.Facts> choices = chosen == null ? List.of() : billing.projectsOf(chosen.id());
    project.setItems(choices);
    project.setEnabled(chosen != null);
    project.setValue(
        choices.stream().filter(p -> p.projectId().equals(selected)).findFirst().orElse(null));
  }

  private Div totals() {
    Div box = new Div();
    box.addClassName("invoice-totals");
    Div grandTotal = totalRow("Total", total);
    grandTotal.addClassName("grand-total");
    box.add(totalRow("Net", net), totalRow("Tax", tax), grandTotal, totalsHint);
    totalsHint.addClassName("hint");
    return box;
  }

  private static Div totalRow(String label, Span value) {
    value.addClassName("value");
    Div row = new Div(new Span(label), value);
    row.addClassName("total-row");
    row.addClassName("total-" + label.toLowerCase());
    return row;
  }

  /** Live totals: each line priced by the domain's rule, summed by the domain's rule. */
  private void recompute() {
    String code = currency.getValue();
    List<Amounts.LineAmounts> priced = new ArrayList<>();
    boolean complete = true;
    boolean refused = false;
    for (LineEditor line : lineEditors) {
      Amounts.LineAmounts amounts = line.price(code);
      if (amounts == null) {
        complete = false;
        refused |= line.refused();
      } else {
        priced.add(amounts);
      }
    }
    Amounts.Totals sums = null;
    String why = null;
    if (refused) {
      why = "Fix the marked values to see the totals.";
    } else if (!complete || priced.isEmpty()) {
      why = "Totals appear once every line has a quantity, a unit price and a tax rate.";
    } else {
      try {
        sums = Amounts.totals(priced);
      } catch (ValidationException e) {
        why = e.getMessage();
      }
    }
    net.setText(sums == null ? "—" : Amounts.format(sums.netMinor(), code));
    tax.setText(sums == null ? "—" : Amounts.format(sums.taxMinor(), code));
    total.setText(sums == null ? "—" : Amounts.format(sums.totalMinor(), code));
    totalsHint.setText(why == null ? "" : why);
    totalsHint.setVisible(why != null);
  }

  private void renderActions() {
    actions.removeAll();
    Button save = new Button("Save draft", e -> save(true));
    save.addClassName("save-draft");
    Button send = new Button("Send invoice", VaadinIcon.PAPERPLANE.create(), e -> confirmSend());
    send.addThemeVariants(ButtonVariant.PRIMARY);
    send.addClassName("send-invoice");
    actions.add(save, send);
    if (invoiceId != null) {
      Anchor preview = InvoiceLinks.pdf(invoiceId, "Preview PDF");
      Button delete = new Button("Delete draft", e -> confirmDelete());
      delete.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
      delete.addClassName("delete-draft");
      actions.add(preview, delete);
    }
  }

  private boolean save(boolean tell) {
    ClientSummary billed = client.getValue();
    UUID projectId = project.getValue() == null ? null : project.getValue().projectId();
    InvoiceForm form = form();
    clearProblems();
    if (billed == null) {
      showProblems("Choose the client to bill.");
      return false;
    }
    boolean created = invoiceId == null;
    boolean saved =
        attempt(
            () -> {
              if (created) {
                invoiceId = billing.createDraft(billed.id(), projectId, form);
              } else {
                billing.updateDraft(invoiceId, projectId, form);
              }
            });
    if (saved && created) {
      // The draft exists now: its address is its own, and it can be previewed or deleted.
      client.setReadOnly(true);
      UI.getCurrent().getPage().getHistory().replaceState(null, InvoiceLinks.staffPath(invoiceId));
      renderActions();
      this.created.run();
    }
    if (saved && tell) {
      Actions.success("Draft saved.");
    }
    return saved;
  }

  private void confirmSend() {
    if (!save(false)) {
      return;
    }
    ClientSummary billed = client.getValue();
    ConfirmDialog confirm =
        new ConfirmDialog(
            "Send the invoice to " + billed.name() + "?",
            "It gets the next invoice number and is locked: its lines, amounts and dates cannot"
                + " change any more (you can void it later). "
                + billed.name()
                + "'s contacts get it by email with the PDF, and reminders follow if it is not paid"
                + " by "
                + Formats.date(dueDate.getValue())
                + ". Total: "
                + total.getText()
                + ".",
            "Send now",
            ok -> {
              String[] number = new String[1];
              if (attempt(() -> number[0] = billing.send(invoiceId))) {
                Actions.success(number[0] + " sent to " + billed.name() + ".");
                sent.accept(invoiceId);
              }
            });
    confirm.setCancelable(true);
    confirm.addClassName("confirm-send");
    confirm.open();
  }

  private void confirmDelete() {
    ConfirmDialog confirm =
        new ConfirmDialog(
            "Delete this draft?",
            "The draft and its lines are removed. The client never saw it.",
            "Delete",
            ok -> {
              if (attempt(() -> billing.deleteDraft(invoiceId))) {
                Actions.success("Draft deleted.");
                deleted.run();
              }
            });
    confirm.setConfirmButtonTheme("error primary");
    confirm.setCancelable(true);
    confirm.open();
  }

  private InvoiceForm form() {
    return new InvoiceForm(
        currency.getValue(),
        issueDate.getValue(),
        dueDate.getValue(),
        note.getValue(),
        lineEditors.stream().map(LineEditor::line).toList());
  }

  /** Runs a service call; a refusal is shown on its fields and above the buttons. */
  private boolean attempt(Runnable action) {
    boolean[] ok = {false};
    Actions.run(
        () -> {
          try {
            action.run();
            ok[0] = true;
          } catch (ValidationException e) {
            showProblems(e.getMessage());
          }
        });
    return ok[0];
  }

  private void clearProblems() {
    problems.removeAll();
    problems.setVisible(false);
    for (HasValidation field : List.of(client, project, issueDate, dueDate, note)) {
      field.setInvalid(false);
    }
    lineEditors.forEach(LineEditor::clearMarks);
  }

  /** Lists what is wrong, and marks each sentence's field: "Line 2: the quantity …". */
  private void showProblems(String message) {
    Map<HasValidation, List<String>> marks = new LinkedHashMap<>();
    for (String sentence : SENTENCES.split(message.trim())) {
      HasValidation field = fieldFor(sentence);
      if (field != null) {
        Matcher line = LINE.matcher(sentence);
        marks
            .computeIfAbsent(field, f -> new ArrayList<>())
            .add(line.matches() ? upperFirst(line.group(2)) : sentence);
      }
    }
    marks.forEach(
        (field, texts) -> {
          field.setErrorMessage(String.join(" ", texts));
          field.setInvalid(true);
        });
    problems.removeAll();
    UnorderedList list = new UnorderedList();
    for (String sentence : SENTENCES.split(message.trim())) {
      list.add(new ListItem(sentence));
    }
    problems.add(new Span("Not saved. Please fix this first:"), list);
    problems.setVisible(true);
  }

  private static String upperFirst(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private HasValidation fieldFor(String sentence) {
    Matcher line = LINE.matcher(sentence);
    if (line.matches()) {
      int index = Integer.parseInt(line.group(1)) - 1;
      if (index < 0 || index >= lineEditors.size()) {
        return null;
      }
      LineEditor editor = lineEditors.get(index);
      String what = line.group(2);
      if (what.contains("tax rate")) {
        return editor.taxRate;
      }
      if (what.contains("quantity") && !what.contains("price")) {
        return editor.quantity;
      }
      if (what.contains("description")) {
        return editor.description;
      }
      return editor.unitPrice;
    }
    String s = sentence.toLowerCase();
    if (s.contains("client to bill")) {
      return client;
    }
    if (s.contains("due date")) {
      return dueDate;
    }
    if (s.contains("issue date")) {
      return issueDate;
    }
    if (s.contains("currenc")) {
      return currency;
    }
    if (s.contains("note")) {
      return note;
    }
    if (s.contains("project")) {
      return project;
    }
    return null;
  }
}
