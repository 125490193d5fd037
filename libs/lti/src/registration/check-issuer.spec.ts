import { checkIssuer, RegistrationError } from './dynamic-registration.controller';

describe('checkIssuer (dynamic registration)', () => {
  it('should accept a configuration fetched from under its issuer', () => {
    expect(() =>
      checkIssuer(
        { issuer: 'https://moodle.example' },
        'https://moodle.example/mod/lti/openid-configuration.php',
      ),
    ).not.toThrow();
    expect(() =>
      checkIssuer(
        { issuer: 'https://school.example/moodle/' },
        'https://school.example/moodle/mod/lti/openid-configuration.php',
      ),
    ).not.toThrow();
  });

  it('should refuse another host, another scheme, another path prefix or no issuer', () => {
    for (const [issuer, url] of [
      ['https://impostor.example', 'https://moodle.example/mod/lti/openid-configuration.php'],
      ['http://moodle.example', 'https://moodle.example/mod/lti/openid-configuration.php'],
      ['https://school.example/other', 'https://school.example/moodle/mod/lti/openid-configuration.php'],
      ['', 'https://moodle.example/x'],
    ]) {
      expect(() => checkIssuer({ issuer }, url)).toThrow(RegistrationError);
    }
  });
});
