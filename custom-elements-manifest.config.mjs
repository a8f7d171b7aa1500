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

export default {
  plugins: [
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
