import { isRole, type Role } from '../../common/auth/roles.js';

/**
 * The known roles found at `path` in a token's claims: a claim name (`roles`) or a dotted
 * path into nested objects (`realm_access.roles`, `resource_access.my-api.roles`). A name
 * that itself holds dots, like Auth0's namespaced `https://example.com/roles`, is matched
 * whole before it is split. Anything but an array of strings there gives no roles; unknown
 * role names are ignored.
 */
export function rolesAt(claims: Record<string, unknown>, path: string): Role[] {
  const value = valueAt(claims, path.split('.'));
  return Array.isArray(value) ? [...new Set(value.filter(isRole))] : [];
}

function valueAt(node: unknown, segments: string[]): unknown {
  if (segments.length === 0) return node;
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return undefined;
  // Longest literal key first, so "https://example.com/roles" is one claim, not three.
  for (let take = segments.length; take >= 1; take--) {
    const key = segments.slice(0, take).join('.');
    if (Object.hasOwn(node, key)) {
      const found = valueAt((node as Record<string, unknown>)[key], segments.slice(take));
      if (found !== undefined) return found;
    }
  }
  return undefined;
}
