package dev.portico;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Portico: one app serving the staff console ({@code /staff}) and the client portal ({@code
 * /portal}).
 */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/portico.css")
@Meta(name = "referrer", content = "no-referrer")
public class PorticoApplication implements AppShellConfigurator {

  public static void main(String[] args) {
    SpringApplication.run(PorticoApplication.class, args);
  }
}
