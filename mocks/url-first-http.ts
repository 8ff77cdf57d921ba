import { HttpHandler, matchRequestUrl, type HttpRequestHandler } from 'msw'

/**
 * MSW's handler, ruling a request out by method and URL before anything else. MSW parses each
 * handler it tries, and its parse reads the page's cookies before it knows whether the URL
 * matches: with forty handlers and a 2,000-app board's hundred requests, cookie parsing took a
 * tenth of the board's load. The mock reads no cookies; a handler that matches still gets them.
 */
class UrlFirstHandler extends HttpHandler {
  override async parse(args: Parameters<HttpHandler['parse']>[0]) {
    const { method, path } = this.info
    const ruledOut =
      (typeof method === 'string' && method !== args.request.method.toUpperCase()) ||
      ((typeof path === 'string' || path instanceof RegExp) &&
        !matchRequestUrl(new URL(args.request.url), path, args.resolutionContext?.baseUrl).matches)
    if (ruledOut) return { match: { matches: false, params: {} }, cookies: {} }
    return super.parse(args)
  }
}

const handlerOf =
  (method: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'): HttpRequestHandler =>
  (predicate, resolver, options) =>
    new UrlFirstHandler(method, predicate, resolver, options)

/** Used as MSW's `http` is: `http.get(url, resolver)`. */
export const http = {
  get: handlerOf('GET'),
  head: handlerOf('HEAD'),
  post: handlerOf('POST'),
  put: handlerOf('PUT'),
  patch: handlerOf('PATCH'),
  delete: handlerOf('DELETE'),
}
