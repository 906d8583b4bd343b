/**
 * The two string formats the schemas use beyond JSON Schema's own, as ajv format definitions. Both the ajv
 * compiler (fallback) and the precompiled validator (src/config/generated/) take them from here: the
 * generated code refers to this module by path (`require("../schema/formats").timeSpan`), so keep the
 * export names.
 */
import { parseTimeSpan } from '../timeSpan';

/** The encodings WCF's text encoder accepts (RS TextEncoderDefaults), matched case-insensitively. */
export const TEXT_ENCODINGS = ['utf-8', 'utf-16', 'unicodeFFFE'] as const;

/** .NET TimeSpan (`00:01:00`, `1.02:03:04.5`, `Infinite`), never negative. */
export const timeSpan = { type: 'string', validate: (s: string): boolean => parseTimeSpan(s).ok } as const;

/** An encoding name WCF's EncodingConverter accepts, case-insensitively. */
export const textEncoding = {
  type: 'string',
  validate: (s: string): boolean => TEXT_ENCODINGS.some((e) => e.toLowerCase() === s.toLowerCase()),
} as const;
