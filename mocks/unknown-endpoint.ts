/**
 * What Heroku answers a method and path it has no endpoint for. Apart from the schema's routes
 * (mocks/request-routes.ts), so the demo's handlers can say it without loading the schema.
 */

export interface RequestRefusal {
  status: number
  id: string
  message: string
}

/** Heroku's own words for a path or method no endpoint has. */
export const NO_ENDPOINT: RequestRefusal = {
  status: 404,
  id: 'not_found',
  message:
    'The requested API endpoint was not found. Are you using the right HTTP verb (i.e. `GET` vs. `POST`), and did you specify your intended version with the `Accept` header?',
}
