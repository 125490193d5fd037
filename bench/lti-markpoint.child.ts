import { startBenchService } from './bench-service';
import { answerCounts, type MarkpointChildReady } from './lti-children';

/**
 * Markpoint for `npm run bench -- lti`, in a process of its own so its CPU time is its own:
 * the real service on a scratch database (environment from the parent, e.g. the passback
 * backoff); says where it listens over IPC, stops on 'stop' or when the parent goes away.
 */
async function main(): Promise<void> {
  answerCounts();
  const bench = await startBenchService('mp_bench_lti', ['admin', 'author', 'deliver'], {
    // Refused launches and retried passbacks are counted by the bench, not read from the log.
    LOG_LEVEL: 'error',
  });
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= bench.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`markpoint bench child: stop failed: ${String(error)}\n`);
        process.exit(1);
      },
    ));
  process.on('message', (message) => {
    if (message === 'stop') void stop();
  });
  process.on('disconnect', () => void stop());
  const ready: MarkpointChildReady = {
    url: bench.service.url,
    key: bench.key,
    databaseUrl: bench.service.database.url,
  };
  process.send?.(ready);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `markpoint bench child failed: ${String(error instanceof Error ? error.stack : error)}\n`,
  );
  process.exit(1);
});
