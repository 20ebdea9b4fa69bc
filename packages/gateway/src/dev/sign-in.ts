/**
 * The sign-in walk through the development IdP's login page, without a real browser: a cookie jar that
 * follows redirects by hand, and the form post of the login page. Used by the tests and the bench, which
 * both need a real session (a real cookie from the real OIDC flow), never a forged one.
 * @module
 */
import { createServer, type AddressInfo } from 'node:net';

/** A free loopback port (a gateway's public URL, and so its OIDC callback, must be known before it listens). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** A minimal browser: keeps cookies per host (ignoring path and port, as browsers do for cookies) and follows no redirect by itself. */
export class Browser {
  readonly cookies = new Map<string, string>();

  /** The `Cookie` header this browser sends. */
  get cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  async fetch(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    const jar = this.cookieHeader;
    if (jar && !headers.has('cookie')) headers.set('cookie', jar);
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const name = pair.slice(0, pair.indexOf('='));
      const value = pair.slice(pair.indexOf('=') + 1);
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a) || /^\s*expires=Thu, 01 Jan 1970/i.test(a));
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  /** Follows redirects while they stay on `origins`; returns the last response and the URL it came from. */
  async follow(url: string, origins: readonly string[], init: RequestInit = {}): Promise<{ response: Response; url: string }> {
    let current = url;
    let response = await this.fetch(current, init);
    for (let hops = 0; hops < 10 && response.status >= 300 && response.status < 400; hops++) {
      const next = new URL(response.headers.get('location')!, current).href;
      if (!origins.includes(new URL(next).origin)) return { response, url: current };
      await response.body?.cancel();
      current = next;
      response = await this.fetch(current);
    }
    return { response, url: current };
  }
}

/** Choices on the development IdP's login page. */
export interface LoginChoice {
  /** Test account, e.g. `jansen`. */
  readonly account: string;
  /** Level of assurance, default `midden`. */
  readonly loa?: string;
  /** Account to act for (DigiD Machtigen). */
  readonly actFor?: string;
  /** Press "cancel" instead of signing in. */
  readonly cancel?: boolean;
  /** Sign in as a test employee (employee mode: `/auth/medewerker/login`); `account` is then `kcc`, `sociaal` … */
  readonly employee?: boolean;
}

/** Where to sign in: the gateway's public URL and its development IdP's issuer. */
export interface SignInTarget {
  readonly base: string;
  readonly issuer: string;
}

/**
 * Walks the sign-in: gateway `/auth/login` → IdP → login page → form post → gateway callback. Returns the
 * callback's response (a redirect to the page on success) and the callback URL.
 */
export async function signIn(
  browser: Browser,
  target: SignInTarget,
  choice: LoginChoice,
  returnTo = '/mijn',
): Promise<{ response: Response; callbackUrl: string }> {
  const { base, issuer } = target;
  const origins = [new URL(base).origin, new URL(issuer).origin].filter((o, i, all) => all.indexOf(o) === i);
  const auth = choice.employee ? `${base}/auth/medewerker` : `${base}/auth`;
  const start = await browser.follow(`${auth}/login?returnTo=${encodeURIComponent(returnTo)}`, origins);
  // The IdP remembers its own session: a second sign-in in the same browser skips the login page.
  if (start.url.startsWith(`${auth}/callback`)) return { response: start.response, callbackUrl: start.url };
  const html = await start.response.text();
  const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
  if (!action) throw new Error(`no login form at ${start.url}: ${start.response.status}`);
  const form = new URLSearchParams({
    account: choice.account,
    loa: choice.loa ?? 'midden',
    actFor: choice.actFor ?? '',
    submit: choice.cancel ? 'cancel' : 'login',
  });
  let response = await browser.fetch(new URL(action, start.url).href, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: form.toString(),
  });
  let url = new URL(action, start.url).href;
  // Through the IdP's resume redirects up to the gateway's callback, which is fetched last.
  for (let hops = 0; hops < 10; hops++) {
    const next = new URL(response.headers.get('location') ?? '', url).href;
    await response.body?.cancel();
    url = next;
    response = await browser.fetch(url);
    if (url.startsWith(`${auth}/callback`)) return { response, callbackUrl: url };
  }
  throw new Error('the sign-in did not reach the callback');
}
