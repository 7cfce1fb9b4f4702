package dev.portico.shared.engine;

import io.camunda.client.annotation.JobWorker;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * The job types this application has a worker for: the {@code @JobWorker} methods of its beans (as
 * the Camunda starter finds them), read once.
 */
@Component
class JobWorkerTypes {

  private final ConfigurableListableBeanFactory beans;
  private volatile Set<String> types;

  JobWorkerTypes(ConfigurableListableBeanFactory beans) {
    this.beans = beans;
  }

  Set<String> types() {
    Set<String> found = types;
    if (found == null) {
      found = new TreeSet<>();
      for (String name : beans.getBeanDefinitionNames()) {
        Class<?> type = beans.getType(name, false);
        if (type == null || !type.getName().startsWith("dev.portico.")) {
          continue;
        }
        Set<String> into = found;
        ReflectionUtils.doWithMethods(
            ClassUtils.getUserClass(type),
            m -> {
              JobWorker worker = AnnotationUtils.findAnnotation(m, JobWorker.class);
              if (worker != null) {
                into.add(worker.type().isBlank() ? m.getName() : worker.type());
              }
            });
      }
      types = found = Set.copyOf(found);
    }
    return found;
  }
}
