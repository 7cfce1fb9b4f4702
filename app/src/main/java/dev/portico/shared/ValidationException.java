package dev.portico.shared;

/** A business rule rejected the input; the message is shown to the person as it is. */
public class ValidationException extends RuntimeException {

  public ValidationException(String message) {
    super(message);
  }
}
