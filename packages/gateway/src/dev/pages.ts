/**
 * The development IdP's pages: plain HTML forms with labels, no script and no inline style, so they work
 * under a strict CSP, with a keyboard and with a screen reader.
 * @module
 */
import type { TestIdentity } from '@klantbeeld/mock-api';
import type { StaffUser } from './staff-users.js';
import { ASSURANCE_LEVELS, type AssuranceLevel } from '../session/principal.js';

/** Content-Security-Policy of every page of the development IdP. */
export const DEV_IDP_CSP = "default-src 'none'; base-uri 'none'; frame-ancestors 'none'";

const LOA_LABELS: Readonly<Record<AssuranceLevel, string>> = {
  basis: 'Basis (gebruikersnaam en wachtwoord)',
  midden: 'Midden (DigiD-app of sms)',
  substantieel: 'Substantieel (DigiD-app met identiteitsbewijs)',
  hoog: 'Hoog (identiteitskaart)',
};

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
${body}
</main>
</body>
</html>`;
}

/** The login page: pick an account, optionally a resident to act for, and a level of assurance. */
export function loginPage(action: string, accounts: readonly TestIdentity[], preferredLoa: AssuranceLevel): string {
  const residents = accounts.filter((a) => a.kind === 'persoon');
  const accountOptions = accounts
    .map((a, i) => {
      const description = a.kind === 'persoon' ? 'DigiD' : 'eHerkenning';
      return `<div><input type="radio" name="account" id="account-${i}" value="${escapeHtml(a.id)}"${i === 0 ? ' checked' : ''}> <label for="account-${i}">${escapeHtml(a.naam)} (${description})</label></div>`;
    })
    .join('\n');
  const actForOptions = [
    '<option value="">Niemand: voor mijzelf</option>',
    ...residents.map((a) => `<option value="${escapeHtml(a.id)}">${escapeHtml(a.naam)}</option>`),
  ].join('\n');
  const loaOptions = ASSURANCE_LEVELS.map(
    (level) => `<option value="${level}"${level === preferredLoa ? ' selected' : ''}>${escapeHtml(LOA_LABELS[level])}</option>`,
  ).join('\n');
  return page(
    'Ontwikkel-IdP: inloggen als testaccount',
    `<p>Dit is de inlogpagina van de ontwikkelomgeving. Er wordt niet echt met DigiD of eHerkenning ingelogd: kies een fictief testaccount.</p>
<form method="post" action="${escapeHtml(action)}">
<fieldset>
<legend>Account</legend>
${accountOptions}
</fieldset>
<p><label for="act-for">Machtiging (DigiD Machtigen): handelen namens</label>
<select id="act-for" name="actFor">
${actForOptions}
</select></p>
<p><label for="loa">Betrouwbaarheidsniveau</label>
<select id="loa" name="loa">
${loaOptions}
</select></p>
<p><button type="submit" name="submit" value="login">Inloggen</button>
<button type="submit" name="submit" value="cancel">Annuleren</button></p>
</form>`,
  );
}

/** The staff login page (employee mode): pick a test employee; each holds the roles shown. */
export function staffLoginPage(action: string, staff: readonly StaffUser[]): string {
  const options = staff
    .map(
      (user, i) =>
        `<div><input type="radio" name="account" id="staff-${i}" value="${escapeHtml(user.id)}"${i === 0 ? ' checked' : ''}> <label for="staff-${i}">${escapeHtml(user.naam)} (${escapeHtml(user.roles.join(', '))})</label></div>`,
    )
    .join('\n');
  return page(
    'Ontwikkel-IdP: inloggen als medewerker',
    `<p>Dit is de inlogpagina voor medewerkers in de ontwikkelomgeving: kies een fictieve medewerker.</p>
<form method="post" action="${escapeHtml(action)}">
<fieldset>
<legend>Medewerker</legend>
${options}
</fieldset>
<input type="hidden" name="loa" value="hoog">
<p><button type="submit" name="submit" value="login">Inloggen</button>
<button type="submit" name="submit" value="cancel">Annuleren</button></p>
</form>`,
  );
}

/** The sign-out confirmation; `form` is oidc-provider's hidden form (with its xsrf token), id `op.logoutForm`. */
export function logoutPage(form: string): string {
  return page(
    'Ontwikkel-IdP: uitloggen',
    `${form}
<p>Wilt u ook bij de ontwikkel-IdP uitloggen?</p>
<p><button type="submit" form="op.logoutForm" name="logout" value="yes">Uitloggen</button>
<button type="submit" form="op.logoutForm">Ingelogd blijven</button></p>`,
  );
}

/** Shown after sign-out when no return address was given. */
export function loggedOutPage(): string {
  return page('Ontwikkel-IdP: uitgelogd', '<p>U bent uitgelogd.</p>');
}
