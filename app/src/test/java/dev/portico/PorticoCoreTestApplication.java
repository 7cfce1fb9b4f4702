package dev.portico;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the application core without Vaadin, for app's own integration tests. */
@SpringBootApplication
public class PorticoCoreTestApplication {}
