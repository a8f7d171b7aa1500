// custom-elements.json lists the public API only, as README tables, Storybook docs and controls,
// and IDEs read it: no private or protected members (JSDoc `@internal` members are left out by the
// analyzer itself), and only the `rb-*` events (the analyzer also reports the `name` variable of
// the generic emit helper as an event). A subclass's `declare config: XConfigInput | undefined`
// narrows an inherited property's type; the analyzer skips `declare` fields, so a plugin adds them.

/** `declare` property types of a class, by member name. */
function declaredTypes(ts, node) {
  const types = {};
  for (const member of node.members ?? []) {
    const declared = ts.isPropertyDeclaration(member) && member.modifiers?.some((m) => m.kind === ts.SyntaxKind.DeclareKeyword);
    if (declared && member.type) types[member.name.getText()] = member.type.getText();
  }
  return types;
}

/**
 * Names of the internal reactive state of a class: the `state: true` entries of its
 * `static properties` (the analyzer would list them as attributes).
 */
function stateProperties(ts, node) {
  const names = [];
  for (const member of node.members ?? []) {
    const isStatic = member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
    if (!isStatic || !ts.isPropertyDeclaration(member) || member.name.getText() !== 'properties') continue;
    if (!member.initializer || !ts.isObjectLiteralExpression(member.initializer)) continue;
    for (const entry of member.initializer.properties) {
      const options = ts.isPropertyAssignment(entry) ? entry.initializer : null;
      const isState = options && ts.isObjectLiteralExpression(options) && options.properties.some(
        (o) => ts.isPropertyAssignment(o) && o.name.getText() === 'state' && o.initializer.kind === ts.SyntaxKind.TrueKeyword,
      );
      if (isState) names.push(entry.name.getText());
    }
  }
  return names;
}

/** `Class.member` of every internal reactive state (see {@link stateProperties}). */
const internalState = new Set();

export default {
  plugins: [
    {
      name: 'rb-internal-state',
      analyzePhase({ ts, node }) {
        if (!ts.isClassDeclaration(node) || !node.name) return;
        for (const name of stateProperties(ts, node)) internalState.add(`${node.name.getText()}.${name}`);
      },
      packageLinkPhase({ customElementsManifest }) {
        const internal = (d, m) => internalState.has(`${m.inheritedFrom?.name ?? d.name}.${m.fieldName ?? m.name}`);
        for (const mod of customElementsManifest.modules ?? []) {
          for (const d of mod.declarations ?? []) {
            if (d.attributes) d.attributes = d.attributes.filter((a) => !internal(d, a));
            if (d.members) d.members = d.members.filter((m) => !internal(d, m));
          }
        }
      },
    },
    {
      name: 'rb-declared-types',
      analyzePhase({ ts, node, moduleDoc }) {
        if (!ts.isClassDeclaration(node) || !node.name) return;
        const types = declaredTypes(ts, node);
        const doc = moduleDoc.declarations?.find((d) => d.name === node.name.getText());
        if (doc && Object.keys(types).length) doc.rbDeclaredTypes = types;
      },
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules ?? []) {
          for (const d of mod.declarations ?? []) {
            const types = d.rbDeclaredTypes;
            delete d.rbDeclaredTypes;
            if (!types) continue;
            for (const m of [...(d.members ?? []), ...(d.attributes ?? [])]) {
              const name = m.fieldName ?? m.name;
              if (types[name]) m.type = { text: types[name] };
            }
          }
        }
      },
    },
    {
      name: 'rb-public-api',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules ?? []) {
          for (const d of mod.declarations ?? []) {
            if (d.members) d.members = d.members.filter((m) => !m.privacy || m.privacy === 'public');
            if (d.events) d.events = d.events.filter((e) => e.name?.startsWith('rb-'));
          }
        }
      },
    },
  ],
};
