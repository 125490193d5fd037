// jest runs global setup outside its module map; resolve @markpoint/* aliases from tsconfig.json here.
import path from 'node:path';
import { loadConfig, register } from 'tsconfig-paths';

const config = loadConfig(path.resolve(__dirname, '..'));
if (config.resultType === 'success') {
  register({ baseUrl: config.absoluteBaseUrl, paths: config.paths });
}
