package dev.portico.invoice;

import dev.portico.identity.AccountAccess;
import dev.portico.identity.AccountAccess.Contact;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Who receives a client company's invoice mails: its contacts who use the portal; when none does,
 * its other contacts who have not lost access (they get the PDF without a portal link).
 */
@Component
class BillingContacts {

  private final AccountAccess people;

  BillingContacts(AccountAccess people) {
    this.people = people;
  }

  List<Contact> of(UUID clientId) {
    List<Contact> all = people.contactsOf(clientId);
    List<Contact> portal = all.stream().filter(Contact::portalAccess).toList();
    return portal.isEmpty() ? all : portal;
  }
}
