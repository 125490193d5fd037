import { DataSource } from 'typeorm';
import { testDatabaseUrl } from '@markpoint/testing';
import { buildDataSourceOptions } from './data-source-options';
import { TypeOrmLogger, type DatabaseLogSink } from './typeorm-logger';

describe(TypeOrmLogger.name, () => {
  const lines: { level: string; obj: object; msg: string }[] = [];
  const sink: DatabaseLogSink = {
    error: (obj, msg) => lines.push({ level: 'error', obj, msg }),
    warn: (obj, msg) => lines.push({ level: 'warn', obj, msg }),
    info: (obj, msg) => lines.push({ level: 'info', obj, msg }),
    debug: (obj, msg) => lines.push({ level: 'debug', obj, msg }),
  };
  let sut: DataSource;

  beforeAll(async () => {
    sut = new DataSource(buildDataSourceOptions({ url: testDatabaseUrl(), poolMax: 1, log: () => sink }));
    await sut.initialize();
  });
  afterAll(async () => {
    await sut.destroy();
  });

  it('should send a failed statement to the log sink as one structured line, without its parameters', async () => {
    const stdout = jest.spyOn(process.stdout, 'write');
    const consoleLog = jest.spyOn(console, 'log');
    lines.length = 0;

    await expect(
      sut.query('SELECT * FROM no_such_table WHERE secret = $1', ['hunter2-parameter']),
    ).rejects.toThrow(/no_such_table/);

    const errors = lines.filter((l) => l.level === 'error');
    expect(errors).toEqual([
      {
        level: 'error',
        msg: 'query failed',
        obj: {
          context: 'TypeORM',
          sql: 'SELECT * FROM no_such_table WHERE secret = $1',
          err: { message: 'relation "no_such_table" does not exist', code: '42P01' },
        },
      },
    ]);
    expect(JSON.stringify(lines)).not.toContain('hunter2-parameter');
    expect(consoleLog).not.toHaveBeenCalled();
    expect(stdout.mock.calls.join('')).not.toContain('no_such_table');
    jest.restoreAllMocks();
  });
});
