import { beliefClaims, cutAtCorrection } from './misconception-beliefs';

describe(cutAtCorrection.name, () => {
  const sut = cutAtCorrection;

  it('should split a belief from its correction after ", when" or ";"', () => {
    expect(sut('the legal limit for chilled food is 5 °C; the legal maximum in England is 8 °C')).toEqual({
      claim: 'the legal limit for chilled food is 5 °C',
      correction: 'the legal maximum in England is 8 °C',
    });
  });

  it('should cut an aside without taking it as a correction', () => {
    expect(sut('a firewall alone protects a network from every threat, including phishing emails')).toEqual({
      claim: 'a firewall alone protects a network from every threat',
    });
  });
});

describe(beliefClaims.name, () => {
  it('should take a correction that is a sentence of its own as the true claim', () => {
    expect(
      beliefClaims('only employers have legal duties, when employees must also take reasonable care'),
    ).toEqual({
      falseClaim: 'Only employers have legal duties.',
      trueClaim: 'Employees must also take reasonable care.',
    });
  });
});
