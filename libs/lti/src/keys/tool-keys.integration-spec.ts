import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  buildDataSourceOptions,
  createScratchDatabase,
  databaseNameOf,
  dropDatabase,
  runMigrations,
} from '@markpoint/persistence';
import { readTestDatabaseState } from '@markpoint/testing';
import { ToolKeyUnreadableError } from './tool-key.error';
import { ToolKeysService } from './tool-keys.service';

const RIGHT = 'the-secret-that-sealed-the-tool-keys-0001';
const WRONG = 'a-secret-from-another-deployment-00000002';

describe(ToolKeysService.name, () => {
  const { serverUrl } = readTestDatabaseState();
  let url: string;
  let ds: DataSource;

  beforeAll(async () => {
    url = await createScratchDatabase(serverUrl, 'mp_test_toolkeys');
    ds = new DataSource(buildDataSourceOptions({ url, poolMax: 2 }));
    await ds.initialize();
    await runMigrations(ds);
  });

  afterAll(async () => {
    await ds.destroy();
    await dropDatabase(serverUrl, databaseNameOf(url));
  });

  afterEach(() => jest.restoreAllMocks());

  it('should name the keys a different secret cannot decrypt, log that once, and refuse to sign with them', async () => {
    const { kid } = await new ToolKeysService(ds, RIGHT).ensureActiveKey();
    const errors = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const sut = new ToolKeysService(ds, WRONG);

    await sut.onApplicationBootstrap();
    expect(await sut.unreadableKeys()).toEqual([kid]);
    expect(errors).toHaveBeenCalledTimes(1);
    expect(errors.mock.calls[0][0]).toBe(
      `LTI_KEY_SECRET cannot decrypt the stored tool keys: this replica was started with a different secret (kid ${kid})`,
    );
    await expect(sut.signingKey()).rejects.toBeInstanceOf(ToolKeyUnreadableError);
  });

  it('should find every key readable with the secret that sealed them, including one published later', async () => {
    const sut = new ToolKeysService(ds, RIGHT);
    expect(await sut.unreadableKeys()).toEqual([]);
    const { published } = await sut.rotate();
    expect(published).toEqual(expect.any(String));
    expect(await sut.unreadableKeys()).toEqual([]);
    expect(await new ToolKeysService(ds, WRONG).unreadableKeys()).toHaveLength(2);
  });
});
