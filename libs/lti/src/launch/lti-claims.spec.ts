import { roleKind, shortRoleName } from './lti-claims';

describe('roleKind', () => {
  it.each([
    [['http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor'], 'INSTRUCTOR'],
    [['Instructor'], 'INSTRUCTOR'],
    [['http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant'], 'INSTRUCTOR'],
    [['http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator'], 'INSTRUCTOR'],
    [['http://purl.imsglobal.org/vocab/lis/v2/system/person#Administrator'], 'INSTRUCTOR'],
    [['ContentDeveloper'], 'INSTRUCTOR'],
    [['http://purl.imsglobal.org/vocab/lis/v2/membership#Learner', 'Instructor'], 'INSTRUCTOR'],
    [['http://purl.imsglobal.org/vocab/lis/v2/membership#Learner'], 'LEARNER'],
    [['http://purl.imsglobal.org/vocab/lis/v2/membership#Mentor'], 'LEARNER'],
    [['http://purl.imsglobal.org/vocab/lis/v2/institution/person#Student'], 'LEARNER'],
    [['urn:example:made-up'], 'LEARNER'],
    [[], 'LEARNER'],
  ])('should class %j as %s', (roles, kind) => {
    expect(roleKind(roles)).toBe(kind);
  });

  it('should shorten full, sub-role and short names', () => {
    expect(shortRoleName('http://purl.imsglobal.org/vocab/lis/v2/membership#Learner')).toBe('Learner');
    expect(shortRoleName('http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#Grader')).toBe(
      'Instructor',
    );
    expect(shortRoleName('Learner')).toBe('Learner');
  });
});
