package dev.portico.workspace.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import dev.portico.shared.ui.Actions;
import dev.portico.workspace.Feature;
import dev.portico.workspace.Plan;
import dev.portico.workspace.WorkspaceSettings;
import java.util.List;
import org.springframework.core.annotation.Order;

/**
 * "Plan": the workspace's plan, the plan matrix ({@link Feature}) with what each higher plan would
 * unlock, and the owner's switch. The server gates every feature; this only explains it.
 */
@org.springframework.stereotype.Component
@Order(3)
class PlanSettings implements SettingsSection {

  private final WorkspaceSettings settings;

  PlanSettings(WorkspaceSettings settings) {
    this.settings = settings;
  }

  @Override
  public String title() {
    return "Plan";
  }

  @Override
  public Component create() {
    Plan current = settings.plan();
    Paragraph now = new Paragraph("Your workspace is on the " + current.label() + " plan.");
    now.addClassName("current-plan");
    Div box = new Div(now);
    for (Plan higher : Plan.values()) {
      List<Feature> unlocked = current.unlockedBy(higher);
      if (!unlocked.isEmpty()) {
        Paragraph p =
            new Paragraph(
                higher.label()
                    + " would unlock: "
                    + String.join(", ", unlocked.stream().map(Feature::label).toList())
                    + ".");
        p.addClassNames("plan-unlocks", "hint");
        box.add(p);
      }
    }
    box.add(matrix(current));

    Select<Plan> plan = new Select<>();
    plan.setLabel("Change the plan to");
    plan.setItems(Plan.values());
    plan.setItemLabelGenerator(Plan::label);
    plan.setValue(current);
    plan.addClassName("plan-choice");
    plan.setWidth("min(16rem, 100%)");
    Paragraph about =
        new Paragraph(
            "A change applies at once to your team and your clients, and is recorded in the audit"
                + " log. A smaller plan hides what it lacks and keeps the data: deliverables sent"
                + " for approval before the change can still be decided.");
    about.addClassName("hint");
    Button save =
        new Button(
            "Change plan",
            e -> {
              Plan chosen = plan.getValue();
              if (Actions.run(() -> settings.changePlan(chosen))) {
                Actions.success("Your workspace is on the " + chosen.label() + " plan.");
                // Menus and pages read the plan when they are built: show them afresh.
                UI.getCurrent().getPage().reload();
              }
            });
    save.addThemeVariants(ButtonVariant.PRIMARY);
    save.addClassName("save-plan");
    box.add(about, plan, new Div(save));
    return box;
  }

  private static Component matrix(Plan current) {
    NativeTableRow head = new NativeTableRow(new NativeTableHeaderCell("Feature"));
    for (Plan p : Plan.values()) {
      NativeTableHeaderCell cell = new NativeTableHeaderCell(p.label());
      if (p == current) {
        cell.addClassName("current");
        Span yours = new Span("yours");
        yours.addClassName("plan-yours");
        cell.add(yours);
      }
      head.add(cell);
    }
    NativeTableBody body = new NativeTableBody();
    for (Feature f : Feature.values()) {
      NativeTableCell name = new NativeTableCell();
      Span label = new Span(f.label());
      label.addClassName("feature-label");
      Span description = new Span(f.description());
      description.addClassName("feature-description");
      name.add(label, description);
      NativeTableRow row = new NativeTableRow(name);
      row.addClassName("feature-" + f.name().toLowerCase().replace('_', '-'));
      for (Plan p : Plan.values()) {
        boolean included = f.includedIn(p);
        NativeTableCell cell = new NativeTableCell(included ? "✓" : "—");
        cell.getElement().setAttribute("aria-label", included ? "Included" : "Not included");
        cell.addClassName(included ? "included" : "not-included");
        if (p == current) {
          cell.addClassName("current");
        }
        row.add(cell);
      }
      body.add(row);
    }
    NativeTable table = new NativeTable(new NativeTableHeader(head), body);
    table.addClassName("plan-matrix");
    Div scroll = new Div(table);
    scroll.addClassName("plan-matrix-wrap");
    return scroll;
  }
}
