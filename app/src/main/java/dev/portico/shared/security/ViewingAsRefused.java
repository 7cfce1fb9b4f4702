package dev.portico.shared.security;

import dev.portico.shared.ValidationException;

/**
 * A client action was asked for while staff view the portal as the contact: refused, nothing is
 * done in the contact's name. Shown to the staff member as it is.
 */
public class ViewingAsRefused extends ValidationException {

  public ViewingAsRefused(ViewAsPrincipal viewing) {
    super(viewing.refusal());
  }
}
