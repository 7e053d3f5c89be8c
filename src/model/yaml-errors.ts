/**
 * Where a YAML syntax error is, for a person: the yaml library reports an unclosed quoted string at the
 * end of the file (where it gave up looking for the closing mark); the place to fix is the opening mark.
 */
import { Parser, type YAMLError } from 'yaml';

/**
 * The offset (UTF-16 units into `text`) a syntax error should be reported at, and its message's
 * first line. For a missing closing quote, the offset of the quoted string that never closes (found
 * in yaml's concrete syntax tree: the first double- or single-quoted scalar whose source does not end
 * with its own mark); otherwise the library's own position.
 * @param text the YAML source the error came from
 * @param error one of `Document.errors`
 */
export function yamlErrorAt(text: string, error: YAMLError): { offset: number; message: string } {
  const message = error.message.split('\n')[0];
  if (error.code !== 'MISSING_CHAR' || !/closing ["']quote/.test(message)) return { offset: error.pos[0], message };
  const open = unclosedQuote(text);
  return open === null ? { offset: error.pos[0], message } : { offset: open, message: `${message} (the string opened here is never closed)` };
}

function unclosedQuote(text: string): number | null {
  let found: number | null = null;
  const visit = (token: unknown): void => {
    if (found !== null || token === null || typeof token !== 'object') return;
    const t = token as { type?: string; offset?: number; source?: string };
    if ((t.type === 'double-quoted-scalar' || t.type === 'single-quoted-scalar') && typeof t.source === 'string' && typeof t.offset === 'number') {
      const mark = t.type === 'double-quoted-scalar' ? '"' : "'";
      const body = t.source.trimEnd();
      if (body.length < 2 || !body.endsWith(mark) || (mark === '"' && /(?:^|[^\\])(?:\\\\)*\\"$/.test(body))) found = t.offset;
      return;
    }
    for (const v of Object.values(t)) {
      if (Array.isArray(v)) v.forEach(visit);
      else if (v !== null && typeof v === 'object') visit(v);
    }
  };
  for (const token of new Parser().parse(text)) visit(token);
  return found;
}
