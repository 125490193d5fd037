// Lets a child `node` process run the service from its TypeScript sources, as jest does: each file
// is transpiled on load (no type check) and @markpoint/* resolves through tsconfig.json's paths.
// Used by tests that must kill a real process: `node -r ./test/utils/ts-register.js <file.ts>`.
'use strict';
const { createHash } = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const ts = require('typescript');
const { loadConfig, register } = require('tsconfig-paths');

const root = path.resolve(__dirname, '..', '..');
const parsed = ts.getParsedCommandLineOfConfigFile(
  path.join(root, 'tsconfig.json'),
  {},
  {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  },
);
const compilerOptions = {
  ...parsed.options,
  module: ts.ModuleKind.CommonJS,
  sourceMap: false,
  inlineSourceMap: true,
  incremental: false,
  declaration: false,
};

// Transpiled output is kept in the temp directory by content, so a second child starts faster.
const cacheDir = path.join(os.tmpdir(), 'markpoint-ts-register', ts.version);
fs.mkdirSync(cacheDir, { recursive: true });
const optionsKey = JSON.stringify(compilerOptions);

require.extensions['.ts'] = (module, filename) => {
  const source = fs.readFileSync(filename, 'utf8');
  const key = createHash('sha256').update(optionsKey).update(filename).update(source).digest('hex');
  const cached = path.join(cacheDir, `${key}.js`);
  let output;
  try {
    output = fs.readFileSync(cached, 'utf8');
  } catch {
    output = ts.transpileModule(source, { compilerOptions, fileName: filename }).outputText;
    const partial = `${cached}.${process.pid}`;
    fs.writeFileSync(partial, output);
    fs.renameSync(partial, cached);
  }
  module._compile(output, filename);
};

const config = loadConfig(root);
if (config.resultType === 'success') register({ baseUrl: config.absoluteBaseUrl, paths: config.paths });
