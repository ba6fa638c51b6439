import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { ModulesContainer, Reflector } from '@nestjs/core';
import { IS_PUBLIC_KEY, ROLES_KEY } from '../../src/common/auth/auth.decorators.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** Public routes, by design. Anything else must carry @Auth(roles). */
const PUBLIC_ROUTES = new Set(['GET /health']);

interface Route {
  name: string;
  isPublic: boolean;
  roles: string[] | undefined;
}

function listRoutes(api: TestApp): Route[] {
  const reflector = new Reflector();
  const routes: Route[] = [];
  for (const module of api.app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => object) | null;
      if (!controller) continue;
      const prefix = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
      for (const key of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = (controller.prototype as Record<string, unknown>)[key];
        if (key === 'constructor' || typeof handler !== 'function') continue;
        const path = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
        if (path === undefined) continue;
        const method = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'ALL', 'OPTIONS', 'HEAD'][
          Reflect.getMetadata(METHOD_METADATA, handler) as number
        ];
        const targets = [handler, controller];
        routes.push({
          name: `${method} /${[prefix, path].filter((p) => p && p !== '/').join('/')}`,
          isPublic: reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, targets) === true,
          roles: reflector.getAllAndOverride<string[]>(ROLES_KEY, targets),
        });
      }
    }
  }
  return routes;
}

describe('every route has an access rule', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(async () => {
    await api.close();
  });

  it('finds the routes', () => {
    expect(listRoutes(api).map((r) => r.name)).toEqual(expect.arrayContaining(['GET /health', 'GET /auth/me']));
  });

  it('is either explicitly public (and meant to be) or role-tagged', () => {
    for (const route of listRoutes(api)) {
      if (route.isPublic) {
        expect({ route: route.name, public: PUBLIC_ROUTES.has(route.name) }).toEqual({
          route: route.name,
          public: true,
        });
      } else {
        expect({ route: route.name, roles: route.roles?.length ?? 0 }).toEqual({
          route: route.name,
          roles: expect.any(Number),
        });
        expect(route.roles?.length ?? 0).toBeGreaterThan(0);
      }
    }
  });

  it('every role-tagged route refuses anonymous callers with 401', async () => {
    const doc = (await (await api.request('/api/docs-json')).json()) as {
      paths: Record<string, Record<string, { security?: unknown[] }>>;
    };
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        if (!operation.security?.length) continue;
        const concrete = path.replace(/\{[^}]+\}/g, 'x');
        const response = await api.request(concrete, { method: method.toUpperCase() });
        expect({ route: `${method} ${path}`, status: response.status }).toEqual({
          route: `${method} ${path}`,
          status: 401,
        });
      }
    }
  });
});
