package dev.portico.workspace.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.portico.shared.ui.Actions;
import dev.portico.shared.ui.SingleFileUpload;
import dev.portico.workspace.AccentContrast;
import dev.portico.workspace.Branding;
import dev.portico.workspace.PortalSettings;
import dev.portico.workspace.WorkspaceSettings;
import org.springframework.core.annotation.Order;

/**
 * "Branding": the logo (every plan), accent colour, welcome message and support email (Growth and
 * Scale) that the portal and client mails show (decision 020).
 */
@org.springframework.stereotype.Component
@Order(2)
class BrandingSettings implements SettingsSection {

  private final WorkspaceSettings workspace;
  private final PortalSettings settings;

  BrandingSettings(WorkspaceSettings workspace, PortalSettings settings) {
    this.workspace = workspace;
    this.settings = settings;
  }

  @Override
  public String title() {
    return "Branding";
  }

  @Override
  public Component create() {
    Div section = new Div();
    section.addClassName("branding-settings");
    Div logo = new Div();
    logo.addClassName("logo-setting");
    showLogo(logo);
    section.add(logo, fields());
    return section;
  }

  private void showLogo(Div logo) {
    logo.removeAll();
    Branding brand = workspace.branding();
    Div current = new Div();
    current.addClassName("logo-current");
    if (brand.logoUrl() == null) {
      current.add(new Span("No logo: the portal shows \"" + brand.agencyName() + "\"."));
    } else {
      Image image = new Image(brand.logoUrl(), "Current logo");
      image.addClassName("logo-preview");
      Button remove =
          new Button(
              "Remove logo",
              e -> {
                if (Actions.run(settings::removeLogo)) {
                  Actions.success("Logo removed");
                  showLogo(logo);
                }
              });
      remove.addClassName("remove-logo");
      current.add(image, remove);
    }
    logo.add(current, upload(logo));
  }

  private Upload upload(Div logo) {
    Upload upload =
        SingleFileUpload.create(
            PortalSettings.MAX_LOGO_BYTES,
            "Drop a logo here: PNG, JPEG, WebP or GIF, up to 1 MB.",
            "Too large: a logo can be up to 1 MB.",
            (fileName, in) -> {
              settings.uploadLogo(fileName, in);
              return "Logo uploaded";
            },
            stored -> showLogo(logo));
    upload.addClassName("logo-upload");
    return upload;
  }

  private Component fields() {
    Branding brand = workspace.branding();
    boolean full = settings.fullBrandingIncluded();
    TextField accent = new TextField("Accent colour");
    accent.setPlaceholder("#1a56db");
    accent.setValue(brand.accentColor() == null ? "" : brand.accentColor());
    accent.setHelperText("# and six hex digits; buttons show white text on it.");
    accent.addClassName("accent-color");
    accent.setMaxLength(7);
    Span swatch = new Span();
    swatch.addClassName("accent-swatch");
    Span contrast = new Span();
    contrast.addClassName("accent-contrast");
    accent.setValueChangeMode(ValueChangeMode.EAGER);
    accent.addValueChangeListener(e -> showContrast(e.getValue(), swatch, contrast));
    showContrast(accent.getValue(), swatch, contrast);
    Div accentRow = new Div(accent, swatch, contrast);
    accentRow.addClassName("accent-row");

    TextArea welcome = new TextArea("Welcome message");
    welcome.setValue(brand.welcomeMessage() == null ? "" : brand.welcomeMessage());
    welcome.setMaxLength(PortalSettings.MAX_WELCOME_CHARS);
    welcome.setHelperText("Up to " + PortalSettings.MAX_WELCOME_CHARS + " characters.");
    welcome.addClassName("welcome-message");
    welcome.setWidthFull();
    TextField support = new TextField("Support email");
    support.setValue(brand.supportEmail() == null ? "" : brand.supportEmail());
    support.addClassName("support-email");
    support.setWidthFull();
    support.setMaxWidth("24rem");

    Div box = new Div(accentRow, welcome, support);
    box.addClassName("branding-fields");
    if (!full) {
      accent.setReadOnly(true);
      welcome.setReadOnly(true);
      support.setReadOnly(true);
      Paragraph upsell = new Paragraph("Growth and Scale plans include full branding.");
      upsell.addClassName("hint");
      upsell.addClassName("branding-plan");
      box.add(upsell);
      return box;
    }
    Button save =
        new Button(
            "Save",
            e -> {
              if (Actions.run(
                  () ->
                      settings.changeBranding(
                          accent.getValue(), welcome.getValue(), support.getValue()))) {
                Actions.success("Branding saved; the portal and client mails show it now");
              }
            });
    save.addThemeVariants(ButtonVariant.PRIMARY);
    save.addClassName("save-branding");
    box.add(new Div(save));
    return box;
  }

  private static void showContrast(String value, Span swatch, Span contrast) {
    String color = AccentContrast.normalize(value);
    if (color == null) {
      swatch.getStyle().remove("background");
      swatch.setVisible(false);
      contrast.setText(value == null || value.isBlank() ? "Portico's default blue" : "");
      return;
    }
    double ratio = AccentContrast.withWhite(color);
    swatch.setVisible(true);
    swatch.getStyle().set("background", color);
    swatch.setText("Aa");
    boolean passes = ratio >= AccentContrast.MINIMUM;
    contrast.setText(
        "Contrast with white text "
            + AccentContrast.label(ratio)
            + (passes ? " (passes WCAG AA)" : " (needs 4.5:1)"));
    contrast.getElement().setAttribute("data-passes", Boolean.toString(passes));
  }
}
