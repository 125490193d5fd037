// Runs a TypeScript entry point (the service's main.ts) in a child process without a build:
// `node -r ./test/utils/run-ts.js apps/quiz-service/src/main.ts`. Transpile-only, like ts-jest.
const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');
const { loadConfig, register } = require('tsconfig-paths');

const root = path.resolve(__dirname, '..', '..');
const config = loadConfig(root);
if (config.resultType === 'success') register({ baseUrl: config.absoluteBaseUrl, paths: config.paths });

const compilerOptions = {
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2022,
  experimentalDecorators: true,
  emitDecoratorMetadata: true,
  esModuleInterop: true,
};

// Transpiled files are cached by content: the first run pays ~8 s of CPU, the next ones almost none.
const cacheDir = path.join(require('node:os').tmpdir(), 'markpoint-run-ts-cache');
fs.mkdirSync(cacheDir, { recursive: true });

require.extensions['.ts'] = (module, filename) => {
  const source = fs.readFileSync(filename, 'utf8');
  const key = require('node:crypto').createHash('sha1').update(filename).update(source).digest('hex');
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
