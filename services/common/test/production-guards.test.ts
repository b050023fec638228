import { ConfigError, databaseDefaultSecrets, refuseDefaultSecrets } from '../src';

describe('default secrets in production', () => {
  it('counts an empty database password and the one docker-compose.yml once shipped with as defaults', () => {
    expect(databaseDefaultSecrets('mysql://root@127.0.0.1:3306').map((secret) => secret.setting)).toEqual(['MYSQL_URL']);
    expect(databaseDefaultSecrets('mysql://root:channelgraph@mysql:3306')[0].problem).toMatch(/docker-compose\.yml once shipped with/);
    expect(databaseDefaultSecrets('mysql://root:9f2c41d07be3a85e@mysql:3306')).toEqual([]);
  });

  it('lets development and test runs start on defaults', () => {
    const secrets = databaseDefaultSecrets('mysql://root@127.0.0.1:3306');
    expect(() => refuseDefaultSecrets({ NODE_ENV: 'development' }, secrets)).not.toThrow();
    expect(() => refuseDefaultSecrets({ NODE_ENV: 'test' }, secrets)).not.toThrow();
  });

  it('refuses production, naming every offending setting with what to do', () => {
    const secrets = [...databaseDefaultSecrets('mysql://root@127.0.0.1:3306'), { setting: 'OPERATOR_PASSWORD', problem: 'is the default; set your own.' }];
    expect(() => refuseDefaultSecrets({ NODE_ENV: 'production' }, secrets)).toThrow(ConfigError);
    expect(() => refuseDefaultSecrets({ NODE_ENV: 'production' }, secrets)).toThrow(
      /^NODE_ENV=production, and these settings still hold a default secret:\n {2}MYSQL_URL has no database password; give the database user a password of its own .*\n {2}OPERATOR_PASSWORD is the default; set your own\.\n/,
    );
    expect(() => refuseDefaultSecrets({ NODE_ENV: 'production' }, [])).not.toThrow();
  });
});
