import { spawn } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

export interface ChildService {
  url: string;
  pid: number;
  /** Sends the signal (once alive) and waits for the process to exit. */
  stop(signal: NodeJS.Signals): Promise<void>;
  /** What it printed, for failure messages. */
  output(): string;
}

/**
 * The real service (apps/quiz-service/src/main.ts) in a child process, from its TypeScript sources,
 * for tests that must kill a process rather than close an app. Resolves once it prints its URL.
 */
export function spawnService(env: Record<string, string>, startTimeoutMs = 120_000): Promise<ChildService> {
  const child = spawn(
    process.execPath,
    ['-r', path.join(ROOT, 'test/utils/ts-register.js'), path.join(ROOT, 'apps/quiz-service/src/main.ts')],
    { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async (signal: NodeJS.Signals): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop('SIGKILL');
      reject(new Error(`The service did not start within ${startTimeoutMs} ms:\n${output}`));
    }, startTimeoutMs);
    const read = (chunk: Buffer): void => {
      output += chunk.toString('utf8');
      const ready = /Markpoint is ready at (\S+)/.exec(output);
      if (ready && child.pid !== undefined) {
        clearTimeout(timer);
        resolve({ url: ready[1], pid: child.pid, stop, output: () => output });
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`The service exited (${code ?? signal}) before it was ready:\n${output}`));
    });
  });
}
