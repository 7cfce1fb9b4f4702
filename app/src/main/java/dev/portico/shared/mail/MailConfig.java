package dev.portico.shared.mail;

import dev.portico.shared.PorticoProperties;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

@Configuration(proxyBeanMethods = false)
class MailConfig {

  @Bean
  @ConditionalOnProperty(name = "portico.mail.mode", havingValue = "capture")
  DevMailbox devMailbox(PorticoProperties properties, Clock clock) {
    return new DevMailbox(properties, clock);
  }

  @Bean
  @ConditionalOnProperty(name = "portico.mail.mode", havingValue = "smtp")
  SmtpMailer smtpMailer(JavaMailSender sender, PorticoProperties properties) {
    return new SmtpMailer(sender, properties);
  }
}
