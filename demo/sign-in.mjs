// @ts-check
// Signing in on the demo page (Playwright), shared by the tests that open `npm start`'s page: the demo talks
// to the gateway, so the elements show data only after a resident signed in at the development IdP.

/** Signs in at the development IdP as the account whose label matches `account`, and waits until back on `demoUrl`. */
export async function signIn(page, demoUrl, account) {
  await page.getByRole('link', { name: /Inloggen/ }).click();
  await page.getByLabel(account).check();
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL(demoUrl);
  await page.getByRole('button', { name: 'Uitloggen' }).waitFor();
}

/** Signs out at the gateway and at the development IdP, and waits until back on `demoUrl`. */
export async function signOut(page, demoUrl) {
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await page.getByRole('heading', { name: /uitloggen/ }).waitFor();
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await page.waitForURL(demoUrl);
  await page.getByRole('link', { name: /Inloggen/ }).waitFor();
}

/**
 * Signs in on the KCC page as the staff account whose label matches `account` (the development IdP's staff users), and
 * waits until back on `kccUrl` with the employee's name in the header.
 */
export async function signInStaff(page, kccUrl, account) {
  await page.getByRole('link', { name: /Inloggen als medewerker/ }).click();
  await page.getByLabel(account).check();
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL(kccUrl);
  await page.getByRole('button', { name: 'Uitloggen' }).waitFor();
}

/**
 * On the KCC page: finds the klant with `bsn` through <kb-klant-zoeken>, chooses the one result and states `purpose`
 * (its label), and waits for the search's summary of the chosen klant.
 */
export async function chooseKlantByBsn(page, bsn, purpose) {
  const zoeken = page.locator('kb-klant-zoeken');
  await zoeken.locator('#kb-zoek-bsn').fill(bsn);
  await zoeken.locator('[part~="submit-button"]').click();
  await zoeken.locator('[part~="choose-button"]').first().click();
  await zoeken.getByLabel(purpose).check();
  await zoeken.locator('[part~="confirm-button"]').click();
  await zoeken.locator('[part~="summary"]').waitFor();
}
