package dev.portico.deliverable.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import dev.portico.deliverable.DeliverableForm;
import dev.portico.project.ProjectPlanning.MilestoneRow;
import dev.portico.project.ProjectPlanning.ProjectDetail;
import dev.portico.project.ProjectPlanning.TaskRow;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The fields of a deliverable as staff enter them: a title, and the milestone or task approval
 * completes (one or the other, both optional).
 */
final class DeliverableFields {

  final TextField title = new TextField();
  final ComboBox<MilestoneRow> milestone = new ComboBox<>();
  final ComboBox<TaskRow> task = new ComboBox<>();

  DeliverableFields(ProjectDetail project, UUID milestoneId, UUID taskId) {
    title.setMaxLength(200);
    milestone.setPlaceholder("Completes milestone…");
    milestone.setMinWidth("15rem");
    milestone.setAriaLabel("Milestone it completes");
    milestone.setItems(
        project.milestones().stream()
            .filter(m -> !m.done() || m.id().equals(milestoneId))
            .toList());
    milestone.setItemLabelGenerator(MilestoneRow::title);
    milestone.setClearButtonVisible(true);
    task.setPlaceholder("…or completes task");
    task.setMinWidth("15rem");
    task.setAriaLabel("Task it completes");
    task.setItems(project.tasks());
    task.setItemLabelGenerator(TaskRow::title);
    task.setClearButtonVisible(true);
    project.milestones().stream()
        .filter(m -> m.id().equals(milestoneId))
        .findFirst()
        .ifPresent(milestone::setValue);
    project.tasks().stream()
        .filter(t -> t.id().equals(taskId))
        .findFirst()
        .ifPresent(task::setValue);
    milestone.addValueChangeListener(e -> task.setEnabled(e.getValue() == null));
    task.addValueChangeListener(e -> milestone.setEnabled(e.getValue() == null));
    task.setEnabled(milestone.getValue() == null);
    milestone.setEnabled(task.getValue() == null);
  }

  DeliverableForm form(String description) {
    return new DeliverableForm(
        title.getValue(),
        description,
        milestone.getValue() == null ? null : milestone.getValue().id(),
        task.getValue() == null ? null : task.getValue().id());
  }

  Map<String, TextField> errorTargets() {
    return Map.of("title", Objects.requireNonNull(title));
  }
}
