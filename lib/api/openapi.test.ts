import SwaggerParser from '@apidevtools/swagger-parser';
import { describe, expect, it } from 'vitest';
import { exampleUrl, openApiDocument } from './openapi';
import { API_ROUTES } from './routes';

describe('openApiDocument', () => {
  it('is a valid OpenAPI 3.1 description', { timeout: 30_000 }, async () => {
    const document = openApiDocument('1.0.0');
    // validate() dereferences in place: give it a copy
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeTruthy();
    expect(document.openapi).toBe('3.1.0');
    await expect(SwaggerParser.validate({ openapi: '3.1.0', info: { title: 'x' }, paths: {} } as never)).rejects.toThrow(); // the validator can fail
  });

  it('describes every route, each with an example request and every parameter it takes', () => {
    const { paths } = openApiDocument('1.0.0');
    expect(Object.keys(paths)).toEqual(API_ROUTES.map((r) => r.path));
    for (const route of API_ROUTES) {
      const get = paths[route.path]!.get;
      const first = Object.values(get.responses['200'].content)[0] as { examples: { example: { externalValue: string } } };
      expect(first.examples.example.externalValue).toBe(exampleUrl(route));
      expect(get.parameters.map((p) => p.name)).toEqual(route.parameters.map((p) => p.name));
      for (const p of get.parameters) expect(p.example, `${route.path} ${p.name}`).toBeTruthy();
    }
  });
});
