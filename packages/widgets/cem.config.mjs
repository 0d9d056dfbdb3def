/**
 * Types and names the elements' events from the code. The analyzer names an event only when
 * `dispatchEvent` gets a string (`new CustomEvent('x')`); for `this.dispatchEvent(new
 * ThbSelectEvent(…))` it records the class without a name, and only the first such dispatch
 * of a class. Our event classes state their name once, in `super('thb-…')`: this plugin reads
 * those, finds every `dispatchEvent(new …)` inside each element class (arrow functions
 * included), and gives each `@fires` entry its class as the type, so the manifest lists every
 * dispatched event with its name, description and type. A `@fires {Type}` stays as written
 * (it may narrow a generic); a dispatched event without `@fires` is added without description.
 */
function thbEventClasses() {
  /** Event class → event name, from `super('thb-…')` in its constructor. */
  const eventNames = new Map();
  /** Element class → the event classes it dispatches. */
  const dispatched = new Map();
  const walk = (ts, node, visit) => {
    visit(node);
    ts.forEachChild(node, (child) => walk(ts, child, visit));
  };
  return {
    name: 'thb:event-classes',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const className = node.name.text;
      walk(ts, node, (inner) => {
        if (!ts.isCallExpression(inner)) return;
        const [first] = inner.arguments;
        if (inner.expression.kind === ts.SyntaxKind.SuperKeyword && first && ts.isStringLiteral(first) && first.text.startsWith('thb-')) {
          eventNames.set(className, first.text);
        }
        const callee = inner.expression;
        if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'dispatchEvent' && first && ts.isNewExpression(first) && ts.isIdentifier(first.expression)) {
          dispatched.set(className, new Set([...(dispatched.get(className) ?? []), first.expression.text]));
        }
      });
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of customElementsManifest.modules.flatMap((module) => module.declarations ?? [])) {
        const classes = dispatched.get(declaration.name);
        if (!classes && !declaration.events?.length) continue;
        // The analyzer's own nameless entries are replaced by what the code says.
        const events = new Map((declaration.events ?? []).filter((event) => event.name).map((event) => [event.name, event]));
        const unknown = (declaration.events ?? []).filter((event) => !event.name && !eventNames.has(event.type?.text));
        for (const eventClass of classes ?? []) {
          const name = eventNames.get(eventClass);
          if (!name) continue;
          const documented = events.get(name);
          events.set(name, { ...documented, name, type: documented?.type ?? { text: eventClass } });
        }
        // An event nobody can name stays nameless: the manifest test fails on it.
        declaration.events = [...events.values(), ...unknown];
      }
    },
  };
}

/** Custom Elements Manifest: read from the elements' JSDoc (`@summary`, `@attr`, `@fires`, `@csspart`, `@cssproperty`). */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.d.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [thbEventClasses()],
};
