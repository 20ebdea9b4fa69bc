// Who is signed in: the gateway's /auth/session says so without ever giving the page a BSN. Signing out ends the
// gateway's session and then the development IdP's, which returns to the demo.
import { shellText, type Language } from './texts.js';

export interface Session {
  readonly signedIn: boolean;
  readonly displayName?: string;
  readonly loa?: string;
}

export async function fetchSession(gateway: string): Promise<Session> {
  const response = await fetch(`${gateway}/auth/session`);
  return (await response.json()) as Session;
}

/** Shows the session in the header (in `language`) and the sign-out button when someone is signed in. */
export function showSession(session: Session, language: Language): void {
  const status = document.querySelector<HTMLElement>('#demo-session-status');
  const logout = document.querySelector<HTMLButtonElement>('#demo-logout');
  if (status) {
    status.removeAttribute('data-demo-text');
    status.textContent = session.signedIn ? shellText(language, 'signedInAs', { name: session.displayName ?? '' }) : shellText(language, 'signedOut');
  }
  if (logout) logout.hidden = !session.signedIn;
}

/**
 * Signs out on the button. `stopElements` runs first and resolves once the elements stopped asking the gateway (their
 * polling would otherwise meet the ended session with a 401 before the page leaves).
 */
export function setUpSignOut(gateway: string, stopElements: () => Promise<unknown>): void {
  document.querySelector<HTMLButtonElement>('#demo-logout')?.addEventListener('click', () => {
    void (async () => {
      await stopElements();
      const response = await fetch(`${gateway}/auth/logout`, { method: 'POST', headers: { accept: 'application/json' } });
      location.assign(((await response.json()) as { next: string }).next);
    })();
  });
}
