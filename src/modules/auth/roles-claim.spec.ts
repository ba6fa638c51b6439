import { rolesAt } from './roles-claim.js';

describe('rolesAt', () => {
  it('reads a top-level roles array', () => {
    expect(rolesAt({ roles: ['admin', 'viewer'] }, 'roles')).toEqual(['admin', 'viewer']);
  });

  it('follows a dotted path into nested objects (Keycloak)', () => {
    const claims = { realm_access: { roles: ['offline_access', 'editor'] }, roles: ['admin'] };
    expect(rolesAt(claims, 'realm_access.roles')).toEqual(['editor']);
    expect(rolesAt({ resource_access: { 'my-api': { roles: ['viewer'] } } }, 'resource_access.my-api.roles')).toEqual([
      'viewer',
    ]);
  });

  it('matches a claim name holding dots whole (Auth0 namespaced claims)', () => {
    expect(rolesAt({ 'https://example.com/roles': ['admin'] }, 'https://example.com/roles')).toEqual(['admin']);
    expect(rolesAt({ 'a.b': { c: ['viewer'] } }, 'a.b.c')).toEqual(['viewer']);
  });

  it('ignores unknown roles and duplicates, and anything that is not an array of strings', () => {
    expect(rolesAt({ roles: ['auditor', 'viewer', 'viewer', 7, null] }, 'roles')).toEqual(['viewer']);
    expect(rolesAt({ roles: 'admin' }, 'roles')).toEqual([]);
    expect(rolesAt({ roles: { admin: true } }, 'roles')).toEqual([]);
    expect(rolesAt({ realm_access: ['admin'] }, 'realm_access.roles')).toEqual([]);
    expect(rolesAt({}, 'realm_access.roles')).toEqual([]);
  });

  it('never reads inherited properties', () => {
    expect(rolesAt({}, 'constructor.prototype')).toEqual([]);
    expect(rolesAt({ roles: [] }, '__proto__')).toEqual([]);
  });
});
