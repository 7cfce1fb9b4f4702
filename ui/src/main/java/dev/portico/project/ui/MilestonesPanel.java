package dev.portico.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import dev.portico.project.MilestoneForm;
import dev.portico.project.ProjectPlanning;
import dev.portico.project.ProjectPlanning.MilestoneRow;
import dev.portico.project.ProjectPlanning.ProjectDetail;
import dev.portico.shared.ui.Actions;
import dev.portico.shared.ui.DateFields;
import dev.portico.shared.ui.Formats;
import java.util.Map;

/** Milestones with their due dates; ticking one marks it done. */
class MilestonesPanel extends Div {

  MilestonesPanel(ProjectPlanning planning, ProjectDetail project, Runnable changed) {
    addClassName("milestones");
    for (MilestoneRow m : project.milestones()) {
      Checkbox done = new Checkbox(m.title() + " · due " + Formats.date(m.dueDate()), m.done());
      done.addValueChangeListener(
          e -> {
            if (Actions.run(() -> planning.setMilestoneDone(m.id(), e.getValue()))) {
              changed.run();
            }
          });
      add(new Div(done));
    }
    TextField title = new TextField();
    title.setPlaceholder("New milestone");
    title.setAriaLabel("New milestone title");
    DatePicker due = DateFields.picker();
    due.setPlaceholder("Due date");
    due.setAriaLabel("Milestone due date");
    Button add =
        new Button(
            "Add milestone",
            e -> {
              if (Actions.run(
                  () ->
                      planning.addMilestone(
                          project.id(), new MilestoneForm(title.getValue(), due.getValue())),
                  Map.of("title", title))) {
                changed.run();
              }
            });
    HorizontalLayout row = new HorizontalLayout(title, due, add);
    row.setAlignItems(FlexComponent.Alignment.BASELINE);
    add(row);
  }
}
