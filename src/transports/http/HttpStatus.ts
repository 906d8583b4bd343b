/** The HTTP answers WCF's HTTP transport gives, with the reason phrases it uses. */
export const HttpStatus = {
  ok: { code: 200, reason: 'OK' },
  accepted: { code: 202, reason: 'Accepted' },
  badRequest: { code: 400, reason: 'Bad Request' },
  forbidden: { code: 403, reason: 'Forbidden' },
  notFound: { code: 404, reason: 'Not Found' },
  methodNotAllowed: { code: 405, reason: 'Method Not Allowed' },
  requestEntityTooLarge: { code: 413, reason: 'Request Entity Too Large' },
  unsupportedMediaType: {
    code: 415,
    reason: 'Cannot process the message because the content type was not the expected type',
  },
  internalServerError: { code: 500, reason: 'Internal Server Error' },
  serviceUnavailable: { code: 503, reason: 'Service Unavailable' },
} as const;
