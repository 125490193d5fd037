import { connect, type Socket } from 'node:net';
import { DataSource } from 'typeorm';
import { createScratchDatabase, databaseNameOf, dropDatabase } from '@markpoint/persistence';
import { readTestDatabaseState } from '@markpoint/testing';
import { startService, type RunningService } from '../apps/quiz-service/src/start-service';

function readResponse(socket: Socket): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = '';
    socket.on('data', (chunk: Buffer) => (data += chunk.toString('utf8')));
    socket.once('end', () => resolve(data));
    socket.once('error', reject);
  });
}

function tryConnect(port: number): Promise<string> {
  return new Promise((resolve) => {
    const s = connect(port, '127.0.0.1');
    s.once('connect', () => {
      s.destroy();
      resolve('connected');
    });
    s.once('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'));
  });
}

describe('Graceful shutdown', () => {
  const { serverUrl, dataDir } = readTestDatabaseState();
  let url: string;
  let service: RunningService;

  beforeAll(async () => {
    url = await createScratchDatabase(serverUrl, 'mp_test_stop');
    service = await startService({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      LOAD_SAMPLE_SPECS: 'false',
      HOST: '127.0.0.1',
      PORT: '0',
      DATABASE_URL: url,
      DATA_DIR: dataDir ?? '',
    });
  });

  afterAll(async () => {
    await service.stop();
    await dropDatabase(serverUrl, databaseNameOf(url));
  });

  it('should stop accepting, answer the request in flight, then close the pool', async () => {
    const port = Number(new URL(service.url).port);
    const body = JSON.stringify({ hello: 'world' });
    const socket = connect(port, '127.0.0.1');
    await new Promise((r) => socket.once('connect', r));
    const response = readResponse(socket);
    // Headers and half the body: the request is in flight when the signal comes.
    socket.write(
      `POST /api/v1/in-flight HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n` +
        `Content-Length: ${body.length}\r\n\r\n${body.slice(0, 5)}`,
    );
    await new Promise((r) => setTimeout(r, 100));

    const stopped = service.stop('SIGTERM');
    await new Promise((r) => setTimeout(r, 100));
    expect(await tryConnect(port)).toBe('ECONNREFUSED');

    socket.write(body.slice(5));
    const raw = await response;
    expect(raw).toMatch(/^HTTP\/1\.1 404 /);
    expect(raw).toContain('"code":"NOT_FOUND"');

    await stopped;
    expect(service.app.get(DataSource).isInitialized).toBe(false);
  });
});
