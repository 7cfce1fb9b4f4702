package dev.portico.shared.security;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.security.authorization.method.AuthorizationInterceptorsOrder;

/**
 * The one place that refuses {@link ClientAction}s while staff view the portal as a contact: around
 * every such method, after its {@code @PreAuthorize} check (someone who may not call it at all is
 * refused as before) and before its transaction and argument validation, so a refused action opens
 * no transaction and writes nothing.
 */
@Configuration(proxyBeanMethods = false)
class ClientActionGuard {

  static final int ORDER = AuthorizationInterceptorsOrder.PRE_AUTHORIZE.getOrder() + 1;

  @Bean
  @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
  static Advisor clientActionGuardAdvisor(ObjectProvider<CurrentUser> currentUser) {
    MethodInterceptor guard =
        invocation -> {
          currentUser.getObject().requireActingAsSelf();
          return invocation.proceed();
        };
    DefaultPointcutAdvisor advisor =
        new DefaultPointcutAdvisor(
            new AnnotationMatchingPointcut(null, ClientAction.class, true), guard);
    advisor.setOrder(ORDER);
    return advisor;
  }
}
