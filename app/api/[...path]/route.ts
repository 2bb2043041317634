// Any other /api/ path: a JSON 404 that lists the routes there are.
import { errorAnswer } from '@/lib/api/answer';
import { API_ROUTES } from '@/lib/api/routes';
import { send } from '../respond';

const notFound = errorAnswer(404, 'not-found', `no such API route; the routes are ${API_ROUTES.map((r) => r.path).join(', ')}`);

export function GET(request: Request): Response {
  return send(request, notFound);
}
export const HEAD = GET;
