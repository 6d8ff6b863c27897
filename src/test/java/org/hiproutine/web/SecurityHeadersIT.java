package org.hiproutine.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class SecurityHeadersIT {

  @Autowired MockMvc mvc;

  @Test
  void sendsTheStrictContentSecurityPolicyAndFriends() throws Exception {
    for (String path : new String[] {"/", "/exercises", "/exercises/lunges", "/no-such-page"}) {
      mvc.perform(get(path))
          .andExpect(
              header()
                  .string(
                      "Content-Security-Policy",
                      "default-src 'self'; img-src 'self' data:; object-src 'none';"
                          + " base-uri 'self'; form-action 'self'; frame-ancestors 'none'"))
          .andExpect(header().string("Referrer-Policy", "same-origin"))
          .andExpect(header().string("X-Content-Type-Options", "nosniff"))
          .andExpect(header().string("X-Frame-Options", "DENY"));
    }
  }

  @Test
  void exposesOnlyTheHealthEndpoint() throws Exception {
    mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    for (String endpoint : new String[] {"env", "beans", "configprops", "mappings", "heapdump"}) {
      mvc.perform(get("/actuator/" + endpoint)).andExpect(status().isNotFound());
    }
  }
}
