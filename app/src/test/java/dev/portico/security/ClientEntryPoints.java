package dev.portico.security;

import dev.portico.shared.security.ClientAction;
import dev.portico.shared.security.ClientRead;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.ClassUtils;

/**
 * The service methods a client contact can call, found on the class path: public methods of
 * Portico's beans whose {@code @PreAuthorize} (on the method, else on its class) lets a client in.
 */
final class ClientEntryPoints {

  private ClientEntryPoints() {}

  /** A public bean method and how it is guarded. */
  record EntryPoint(Method method, String rule) {

    String name() {
      return method.getDeclaringClass().getSimpleName() + "." + method.getName();
    }

    boolean clientMayCall() {
      return rule != null
          && (rule.contains("'CLIENT'")
              || rule.contains("isAuthenticated()")
              || rule.contains("permitAll"));
    }

    boolean action() {
      return method.isAnnotationPresent(ClientAction.class);
    }

    boolean read() {
      return method.isAnnotationPresent(ClientRead.class);
    }

    /** Runs in a transaction that may write. */
    boolean writableTransaction() {
      Transactional tx = AnnotatedElementUtils.findMergedAnnotation(method, Transactional.class);
      if (tx == null) {
        tx =
            AnnotatedElementUtils.findMergedAnnotation(
                method.getDeclaringClass(), Transactional.class);
      }
      return tx != null
          && !tx.readOnly()
          && tx.propagation() != Propagation.NOT_SUPPORTED
          && tx.propagation() != Propagation.NEVER;
    }

    @Override
    public String toString() {
      return name();
    }
  }

  /** Every public method of every Portico bean, with its access rule (null: none). */
  static List<EntryPoint> all() {
    ClassPathScanningCandidateComponentProvider scanner =
        new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(
        new org.springframework.core.type.filter.AnnotationTypeFilter(Component.class));
    List<EntryPoint> found = new ArrayList<>();
    for (var candidate : scanner.findCandidateComponents("dev.portico")) {
      Class<?> type =
          ClassUtils.resolveClassName(
              candidate.getBeanClassName(), ClientEntryPoints.class.getClassLoader());
      if (!type.getPackageName().startsWith("dev.portico")
          || type.getName().contains("Test")
          || type.getPackageName().startsWith("dev.portico.testsupport")) {
        continue;
      }
      PreAuthorize onClass = type.getAnnotation(PreAuthorize.class);
      for (Method m : type.getDeclaredMethods()) {
        if (!Modifier.isPublic(m.getModifiers())
            || Modifier.isStatic(m.getModifiers())
            || m.isSynthetic()
            || m.isBridge()) {
          continue;
        }
        PreAuthorize onMethod = m.getAnnotation(PreAuthorize.class);
        PreAuthorize rule = onMethod != null ? onMethod : onClass;
        found.add(new EntryPoint(m, rule == null ? null : rule.value()));
      }
    }
    found.sort(Comparator.comparing(EntryPoint::name));
    return found;
  }

  static List<EntryPoint> forClients() {
    return all().stream().filter(EntryPoint::clientMayCall).toList();
  }

  /** Every {@link ClientAction}: what staff viewing as a contact must be refused. */
  static List<String> actions() {
    return all().stream().filter(EntryPoint::action).map(EntryPoint::name).sorted().toList();
  }
}
