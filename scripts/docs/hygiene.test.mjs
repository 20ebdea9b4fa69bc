// @ts-check
// Open-source hygiene: the licence, publiccode.yml (standard 0.4), the changesets configuration and the changelogs
// of the published packages, and the Custom Elements Manifest field of @klantbeeld/elements.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (path) => readFileSync(join(root, path), 'utf8');
const json = (path) => JSON.parse(read(path));

/** Every workspace package: `{ dir, manifest }`. */
const workspaces = json('package.json')
  .workspaces.filter((dir) => existsSync(join(root, dir, 'package.json')))
  .map((dir) => ({ dir, manifest: json(`${dir}/package.json`) }));
const published = workspaces.filter(({ manifest }) => !manifest.private);

// From the publiccode.yml standard 0.4 (its JSON schema as published in SchemaStore).
const DEVELOPMENT_STATUS = ['concept', 'development', 'beta', 'stable', 'obsolete'];
const SOFTWARE_TYPE = [
  'standalone/mobile',
  'standalone/iot',
  'standalone/desktop',
  'standalone/web',
  'standalone/backend',
  'standalone/other',
  'addon',
  'library',
  'configurationFiles',
];
const MAINTENANCE = ['internal', 'contract', 'community', 'none'];
const CATEGORIES = new Set(
  `accounting agile-project-management applicant-tracking application-development appointment-scheduling backup
   billing-and-invoicing blog budgeting business-intelligence business-process-management cad
   call-center-management cloud-management collaboration communications compliance-management contact-management
   content-management crm customer-service-and-support data-analytics data-collection data-visualization design
   design-system digital-asset-management digital-citizenship document-management donor-management e-commerce
   e-signature educational-content email-management email-marketing employee-management
   enterprise-project-management enterprise-social-networking erp event-management facility-management
   feedback-and-reviews-management financial-reporting fleet-management fundraising gamification
   geographic-information-systems grant-management graphic-design help-desk hr ide identity-management
   instant-messaging integrated-library-system inventory-management it-asset-management it-development
   it-management it-security it-service-management knowledge-management learning-management-system marketing
   mind-mapping mobile-marketing mobile-payment network-management office online-booking online-community
   payment-gateway payroll predictive-analysis procurement productivity-suite project-collaboration
   project-management property-management real-estate-management regulations-and-directives remote-support
   resource-management sales-management seo service-desk social-media-management survey talent-management
   task-management taxes-management test-management time-management time-tracking translation video-conferencing
   video-editing visitor-management voip warehouse-management web-collaboration web-conferencing website-builder
   whistleblowing workflow-management`.split(/\s+/),
);

describe('licence', () => {
  test('LICENSE is the EUPL-1.2 and every package says so', () => {
    assert.match(read('LICENSE'), /^EUROPEAN UNION PUBLIC LICENCE v\. 1\.2/);
    for (const { dir, manifest } of workspaces) assert.equal(manifest.license, 'EUPL-1.2', `${dir}/package.json`);
  });
});

describe('publiccode.yml', () => {
  const doc = parseYaml(read('publiccode.yml'));

  test('has every key the standard requires, with allowed values', () => {
    for (const key of [
      'publiccodeYmlVersion',
      'name',
      'url',
      'platforms',
      'categories',
      'developmentStatus',
      'softwareType',
      'description',
      'legal',
      'maintenance',
      'localisation',
    ]) {
      assert.ok(doc[key] !== undefined, `missing ${key}`);
    }
    assert.equal(doc.publiccodeYmlVersion, '0.4');
    assert.doesNotThrow(() => new URL(doc.url));
    assert.ok(doc.platforms.includes('web'));
    for (const category of doc.categories) assert.ok(CATEGORIES.has(category), `unknown category ${category}`);
    assert.ok(DEVELOPMENT_STATUS.includes(doc.developmentStatus));
    assert.ok(SOFTWARE_TYPE.includes(doc.softwareType));
    assert.equal(doc.legal.license, 'EUPL-1.2');
    assert.ok(MAINTENANCE.includes(doc.maintenance.type));
    if (['internal', 'community'].includes(doc.maintenance.type))
      assert.ok(doc.maintenance.contacts?.length > 0, 'internal or community maintenance needs contacts');
    if (doc.maintenance.type === 'contract') assert.ok(doc.maintenance.contractors?.length > 0, 'contract maintenance needs contractors');
    assert.equal(typeof doc.localisation.localisationReady, 'boolean');
  });

  test("describes the software in Dutch and English within the standard's lengths", () => {
    assert.deepEqual(Object.keys(doc.description).sort(), ['en', 'nl']);
    assert.deepEqual([...doc.localisation.availableLanguages].sort(), ['en', 'nl']);
    for (const [lang, text] of Object.entries(doc.description)) {
      assert.ok(text.shortDescription.length <= 150, `${lang}.shortDescription is ${text.shortDescription.length} characters`);
      assert.ok(text.longDescription.length >= 150 && text.longDescription.length <= 10_000, `${lang}.longDescription length`);
      assert.ok(text.features.length >= 5, `${lang}.features`);
      for (const feature of text.features) assert.ok(feature.length <= 100, `${lang} feature too long: ${feature}`);
      if (text.genericName) assert.ok(text.genericName.length <= 35, `${lang}.genericName`);
    }
  });

  test('names the version of the packages, released on a real date', () => {
    for (const { dir, manifest } of published) assert.equal(manifest.version, doc.softwareVersion, `${dir} is ${manifest.version}`);
    assert.match(doc.releaseDate, /^\d{4}-\d{2}-\d{2}$/);
    assert.ok(!Number.isNaN(Date.parse(doc.releaseDate)));
    for (const dependency of doc.dependsOn.open) assert.ok(dependency.name, 'a dependency without a name');
  });
});

describe('changesets and changelogs', () => {
  const config = json('.changeset/config.json');

  test('publishes publicly from main and never versions a private package', () => {
    assert.equal(config.access, 'public');
    assert.equal(config.baseBranch, 'main');
    const privateNames = workspaces
      .filter(({ manifest }) => manifest.private)
      .map(({ manifest }) => manifest.name)
      .sort();
    assert.deepEqual([...config.ignore].sort(), privateNames);
    assert.deepEqual(config.privatePackages, { version: false, tag: false });
  });

  test('every pending changeset names only published packages and a valid bump', () => {
    const names = new Set(published.map(({ manifest }) => manifest.name));
    const files = readdirSync(join(root, '.changeset')).filter((file) => file.endsWith('.md') && file !== 'README.md');
    for (const file of files) {
      const match = /^---\n([\s\S]*?)\n---\n\s*\S/.exec(read(`.changeset/${file}`));
      assert.ok(match, `.changeset/${file} has no front matter and summary`);
      for (const [name, bump] of Object.entries(parseYaml(match[1] ?? ''))) {
        assert.ok(names.has(name), `.changeset/${file}: ${name} is not a published package`);
        assert.ok(['patch', 'minor', 'major'].includes(bump), `.changeset/${file}: ${bump}`);
      }
    }
  });

  test('every published package has a CHANGELOG.md that starts with its name and lists its version', () => {
    for (const { dir, manifest } of published) {
      const changelog = read(`${dir}/CHANGELOG.md`);
      assert.ok(changelog.startsWith(`# ${manifest.name}\n`), `${dir}/CHANGELOG.md`);
      assert.match(changelog, new RegExp(`^## ${manifest.version.replace(/\./g, '\\.')}$`, 'm'), `${dir}/CHANGELOG.md lacks ${manifest.version}`);
    }
  });
});

describe('custom elements manifest', () => {
  test('@klantbeeld/elements names and ships it', () => {
    const manifest = json('packages/elements/package.json');
    assert.equal(manifest.customElements, 'custom-elements.json');
    assert.ok(manifest.files.includes('custom-elements.json'));
    assert.equal(manifest.scripts?.prepack, 'cem analyze', 'npm pack/publish must write the manifest first');
  });
});

describe('element version', () => {
  // `define()` compares this constant with an already registered copy to warn about two versions on one page; a
  // changeset bumps package.json only, so the constant must follow by hand.
  test('VERSION in klantbeeld-element.ts equals the version of @klantbeeld/elements', () => {
    const [, version] = /export const VERSION = '([^']+)'/.exec(read('packages/elements/src/shared/klantbeeld-element.ts')) ?? [];
    assert.equal(version, json('packages/elements/package.json').version);
  });
});
