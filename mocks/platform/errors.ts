/** A refusal by the platform, in Heroku's terms: an HTTP status, an error id and a message. */
export class PlatformError extends Error {
  readonly status: number
  readonly id: string

  constructor(status: number, id: string, message: string) {
    super(message)
    this.name = 'PlatformError'
    this.status = status
    this.id = id
  }
}

export const notFound = (what: string) =>
  new PlatformError(404, 'not_found', `Couldn't find that ${what}.`)

export const invalidParams = (message: string) => new PlatformError(422, 'invalid_params', message)

export const conflict = (message: string) => new PlatformError(409, 'conflict', message)

export const forbidden = (message: string) => new PlatformError(403, 'forbidden', message)
