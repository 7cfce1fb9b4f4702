package dev.portico.shared;

/**
 * Thrown when a record does not exist or belongs to another workspace or client company: both
 * answer the same "not found", so ids from elsewhere reveal nothing.
 */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String what) {
    super(what + " not found");
  }
}
