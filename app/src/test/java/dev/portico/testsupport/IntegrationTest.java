package dev.portico.testsupport;

import dev.portico.PorticoCoreTestApplication;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Services against a real embedded PostgreSQL and the embedded Zeebe engine with the real job
 * workers; one context shared by all such tests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = PorticoCoreTestApplication.class)
@ActiveProfiles("test")
@Import(TestSupportConfig.class)
public @interface IntegrationTest {}
