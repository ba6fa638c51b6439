/** The roles a token may carry in its `roles` claim. */
export const ROLES = ['admin', 'editor', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Who made the request, as the verified token says. */
export interface Principal {
  subject: string;
  roles: Role[];
}

/** Every role reads. */
export const READERS: Role[] = ['admin', 'editor', 'viewer'];
/** Admins and editors write data; some definitions are admin-only. */
export const WRITERS: Role[] = ['admin', 'editor'];
