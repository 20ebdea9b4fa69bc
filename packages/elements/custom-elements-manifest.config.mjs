// @ts-check
/**
 * Custom Elements Manifest of @klantbeeld/elements (`npm run analyze`, written to `custom-elements.json`).
 *
 * The element classes (`<name>.element.ts`) register nothing; their tags are given in the registration modules
 * (`<name>.ts`: `KbStatusTracker.define('kb-status-tracker')`). The analyzer only knows `customElements.define`, so
 * the plugin below reads those `define` calls, puts the tag on the class and marks the module as the one that
 * defines it.
 */

/** `Kb….define('kb-…')` calls in a module: `[{ className, tagName }]`. */
function defineCalls(ts, sourceFile) {
  const calls = [];
  const visit = (node) => {
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.name.text === 'define' &&
      ts.isIdentifier(node.expression.expression) &&
      node.arguments.length === 1 &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      calls.push({ className: node.expression.expression.text, tagName: node.arguments[0].text });
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return calls;
}

/** The module (path from the package root) a class is imported from, e.g. `src/taken/taken.element.ts`. */
function importedFrom(ts, sourceFile, className, modulePath) {
  for (const statement of sourceFile.statements) {
    const names = ts.isImportDeclaration(statement) ? statement.importClause?.namedBindings : undefined;
    if (names && ts.isNamedImports(names) && names.elements.some((element) => element.name.text === className)) {
      const specifier = statement.moduleSpecifier.text.replace(/\.js$/, '.ts');
      return new URL(specifier, `file:///${modulePath}`).pathname.slice(1);
    }
  }
  return modulePath; // declared in the registration module itself
}

const isAnonymous = (declaration) => /^anonymous_\d+$/.test(declaration?.name ?? '');

function klantbeeldDefinePlugin() {
  /** Tag per class name, collected from every module. */
  const tags = new Map();
  let typescript;
  return {
    name: 'klantbeeld-define',
    analyzePhase({ ts, node, moduleDoc }) {
      typescript = ts;
      if (!ts.isSourceFile(node)) return;
      for (const { className, tagName } of defineCalls(ts, node)) {
        tags.set(className, tagName);
        moduleDoc.exports ??= [];
        moduleDoc.exports.push({
          kind: 'custom-element-definition',
          name: tagName,
          declaration: { name: className, module: importedFrom(ts, node, className, moduleDoc.path) },
        });
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        // `customElements.define(tag, class extends this {})` inside `KlantbeeldElement.define` is no element.
        mod.declarations = mod.declarations?.filter((declaration) => !isAnonymous(declaration));
        mod.exports = mod.exports?.filter((exported) => !isAnonymous(exported.declaration));
        for (const declaration of mod.declarations ?? []) {
          const tagName = declaration.kind === 'class' ? tags.get(declaration.name) : undefined;
          if (!tagName) continue;
          declaration.tagName = tagName;
          declaration.customElement = true;
          // A JSDoc `@summary` runs on to the next tag: its first paragraph is the summary, the rest the description.
          // (A summary with an inline tag such as `{@link …}` comes as TypeScript's JSDoc nodes, not as text.)
          const text = typeof declaration.summary === 'string' ? declaration.summary : typescript.getTextOfJSDocComment(declaration.summary);
          const [summary, ...rest] = (text ?? '').split(/\n\s*\n/);
          declaration.summary = summary;
          if (rest.length > 0 && !declaration.description) declaration.description = rest.join('\n\n');
        }
        // Lit's reactive internals and private helpers are no public API.
        for (const declaration of mod.declarations ?? []) {
          if (declaration.members) {
            declaration.members = declaration.members.filter(
              (member) => member.privacy !== 'private' && member.privacy !== 'protected' && !member.name.startsWith('#'),
            );
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/testing/**'],
  outdir: '.',
  litelement: true,
  plugins: [klantbeeldDefinePlugin()],
};
