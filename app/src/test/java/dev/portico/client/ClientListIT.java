package dev.portico.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portico.testsupport.Fixtures;
import dev.portico.testsupport.Fixtures.Agency;
import dev.portico.testsupport.IntegrationTest;
import dev.portico.testsupport.Pages;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The staff list of companies, paged in SQL as the lazy grid reads it: every company once, in the
 * order asked for, the status filter applied before paging, and never another workspace's.
 */
@IntegrationTest
class ClientListIT {

  @Autowired Fixtures fixtures;
  @Autowired ClientDirectory directory;

  @AfterEach
  void signOut() {
    Fixtures.signOut();
  }

  @Test
  void pagesSortAndFilterInTheDatabaseWithinOneWorkspace() {
    Agency a = fixtures.agency("P");
    Agency b = fixtures.agency("Q");
    Fixtures.signIn(a.staff());
    List<UUID> paged = fixtures.companies(a, 120);
    List<UUID> leads = new ArrayList<>();
    for (int i = 2; i < 120; i += 3) {
      leads.add(paged.get(i)); // "Paged 003", "Paged 006", …
    }
    UUID withTwo = paged.get(6); // "Paged 007"
    directory.addContact(
        withTwo, new ContactForm("Ann", "ann-" + UUID.randomUUID() + "@co.test", null));
    directory.addContact(
        withTwo, new ContactForm("Bob", "bob-" + UUID.randomUUID() + "@co.test", null));

    assertThat(directory.count(null)).isEqualTo(122);
    assertThat(directory.count(ClientStatus.LEAD)).isEqualTo(40);
    assertThat(directory.count(ClientStatus.FORMER)).isZero();

    // By name, both ways: three pages of 50, 50, 22; each company once, in order.
    List<ClientSummary> up =
        Pages.all(50, Sort.by(ClientDirectory.SORT_NAME), p -> directory.page(null, p));
    assertThat(up).hasSize(122);
    assertThat(up).extracting(ClientSummary::name).isSorted().doesNotHaveDuplicates();
    assertThat(up.getFirst().name()).isEqualTo("Client P1");
    assertThat(up.getLast().name()).isEqualTo("Paged 120");
    List<ClientSummary> down =
        Pages.all(
            50,
            Sort.by(Sort.Direction.DESC, ClientDirectory.SORT_NAME),
            p -> directory.page(null, p));
    assertThat(down)
        .extracting(ClientSummary::name)
        .isSortedAccordingTo(Comparator.reverseOrder())
        .containsExactlyElementsOf(up.reversed().stream().map(ClientSummary::name).toList());
    assertThat(directory.page(null, PageRequest.of(2, 50)))
        .as("unsorted means by name")
        .extracting(ClientSummary::name)
        .hasSize(22)
        .endsWith("Paged 120");

    // What a row shows: status, contacts counted in the same query.
    assertThat(up)
        .filteredOn(c -> c.id().equals(withTwo))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.contacts()).isEqualTo(2);
              assertThat(c.status()).isEqualTo(ClientStatus.CLIENT);
            });
    assertThat(up)
        .filteredOn(c -> c.id().equals(a.client1()))
        .singleElement()
        .satisfies(c -> assertThat(c.contacts()).isEqualTo(1));

    // The filter applies before paging: 40 leads, every one a lead.
    List<ClientSummary> leadRows =
        Pages.all(
            25,
            Sort.by(Sort.Direction.DESC, ClientDirectory.SORT_NAME),
            p -> directory.page(ClientStatus.LEAD, p));
    assertThat(leadRows).extracting(ClientSummary::id).containsExactlyInAnyOrderElementsOf(leads);
    assertThat(leadRows).extracting(ClientSummary::status).containsOnly(ClientStatus.LEAD);

    // Nothing but the sortable column; nothing of another workspace.
    assertThatThrownBy(() -> directory.page(null, PageRequest.of(0, 50, Sort.by("website"))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> directory.page(null, PageRequest.of(0, 50, Sort.by("name; drop table client"))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(up).extracting(ClientSummary::id).doesNotContain(b.client1(), b.client2());
    Fixtures.signIn(b.staff());
    assertThat(directory.count(null)).isEqualTo(2);
    assertThat(directory.count(ClientStatus.LEAD)).isZero();
    assertThat(directory.page(null, PageRequest.of(0, 50)))
        .extracting(ClientSummary::id)
        .containsExactly(b.client1(), b.client2());
    assertThat(directory.page(null, PageRequest.of(1, 50))).isEmpty();
    assertThat(directory.list())
        .extracting(ClientSummary::name)
        .containsExactly("Client Q1", "Client Q2");
  }
}
