package org.hiproutine.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.beans.PropertyDescriptor;
import java.io.IOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.BeanUtils;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * A parameter sent twice ({@code ?paper=letter&paper=a4}, {@code name=a&name=b}) is refused with
 * the 400 page, unless the handler declares it a list: a {@code @RequestParam} of a collection or
 * array type, or a collection or array property of its form object (check boxes). Otherwise Spring
 * would join the values or take the first, and two readers of one request could disagree.
 */
@Component
class SingleValuedParameters implements HandlerInterceptor {

  private final Map<HandlerMethod, Set<String>> listsByHandler = new ConcurrentHashMap<>();

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
      throws IOException {
    if (!(handler instanceof HandlerMethod method)
        || request.getDispatcherType() != DispatcherType.REQUEST) {
      return true; // an error page reads no parameters (nor a refused body)
    }
    Set<String> lists = listsByHandler.computeIfAbsent(method, SingleValuedParameters::listsOf);
    for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
      if (parameter.getValue().length > 1 && !lists.contains(parameter.getKey())) {
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        return false;
      }
    }
    return true;
  }

  private static Set<String> listsOf(HandlerMethod method) {
    Set<String> lists = new HashSet<>();
    for (MethodParameter parameter : method.getMethodParameters()) {
      Class<?> type = parameter.getParameterType();
      RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
      if (requestParam != null) {
        if (isList(type)) {
          String name = requestParam.name();
          lists.add(name.isEmpty() ? parameter.getParameterName() : name);
        }
      } else if (isFormObject(parameter)) {
        for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
          if (property.getWriteMethod() != null && isList(property.getPropertyType())) {
            lists.add(property.getName());
          }
        }
      }
    }
    return Set.copyOf(lists);
  }

  private static boolean isList(Class<?> type) {
    return type.isArray() || Collection.class.isAssignableFrom(type);
  }

  private static boolean isFormObject(MethodParameter parameter) {
    Class<?> type = parameter.getParameterType();
    return !BeanUtils.isSimpleProperty(type)
        && !AnnotatedElementUtils.hasAnnotation(parameter.getParameter(), PathVariable.class)
        && !type.getName().startsWith("jakarta.")
        && !type.getName().startsWith("org.springframework.")
        && !type.getName().startsWith("java.");
  }
}
