package dev.portico.shared.engine;

/**
 * One thing wrong with an uploaded process model, on the element a process owner looks for in
 * Camunda Modeler. Blocking problems refuse the upload; warnings (bpmnlint's "warn" rules) are
 * shown but do not.
 *
 * @param elementId the element's id, or empty when the whole file is concerned
 * @param elementName the element's name, or empty
 */
public record ModelProblem(String elementId, String elementName, String message, boolean blocking) {

  static ModelProblem error(String elementId, String elementName, String message) {
    return new ModelProblem(orEmpty(elementId), orEmpty(elementName), message, true);
  }

  static ModelProblem warning(String elementId, String elementName, String message) {
    return new ModelProblem(orEmpty(elementId), orEmpty(elementName), message, false);
  }

  /** "WaitForClientDecisionTask (Wait for client decision): message" */
  @Override
  public String toString() {
    String where =
        elementId.isEmpty()
            ? ""
            : elementName.isEmpty() ? elementId + ": " : elementId + " (" + elementName + "): ";
    return where + message;
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s.strip();
  }
}
