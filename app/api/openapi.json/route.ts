// GET /api/openapi.json: the OpenAPI 3.1 description of every route (generated from lib/api/routes.ts).
import { jsonAnswer } from '@/lib/api/answer';
import { openApiDocument } from '@/lib/api/openapi';
import { OPENAPI_ROUTE } from '@/lib/api/routes';
import packageJson from '@/package.json';
import { apiRoute } from '../respond';

export const GET = apiRoute(OPENAPI_ROUTE, () => jsonAnswer(200, openApiDocument(packageJson.version)));
export const HEAD = GET;
