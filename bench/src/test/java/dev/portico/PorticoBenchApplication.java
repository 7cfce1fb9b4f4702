package dev.portico;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the application core without Vaadin for the benchmarks, like app's own tests do. */
@SpringBootApplication
public class PorticoBenchApplication {}
