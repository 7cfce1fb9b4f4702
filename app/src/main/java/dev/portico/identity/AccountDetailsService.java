package dev.portico.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads the account behind a redeemed magic link; refuses revoked and expired accounts. */
@Service
public class AccountDetailsService implements UserDetailsService {

  private final AccountAccess access;

  AccountDetailsService(AccountAccess access) {
    this.access = access;
  }

  @Override
  public UserDetails loadUserByUsername(String email) {
    return access
        .signInAllowed(email)
        .map(PorticoUser::new)
        .orElseThrow(() -> new UsernameNotFoundException("No access"));
  }
}
