// A relative import must stay inside its own lib or app: across libs, use `@markpoint/<lib>`.
'use strict';
const path = require('node:path');

function packageRoot(file) {
  const parts = path.resolve(file).split(path.sep);
  const i = parts.findIndex((p) => p === 'libs' || p === 'apps');
  return i >= 0 && parts[i + 1] ? parts.slice(0, i + 2).join(path.sep) : undefined;
}

module.exports = {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid relative imports that leave the current lib or app' },
    messages: { crossLib: "Import '{{source}}' leaves {{root}}: import it as @markpoint/<lib> instead." },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const root = packageRoot(file);
    if (!root) return {};
    function check(node) {
      const source = node.source && node.source.value;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = path.resolve(path.dirname(file), source);
      if (!target.startsWith(root + path.sep) && target !== root) {
        context.report({
          node,
          messageId: 'crossLib',
          data: { source, root: path.relative(process.cwd(), root) },
        });
      }
    }
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check };
  },
};
