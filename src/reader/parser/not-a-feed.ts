/** The `not_a_feed` errors of the XML parsers, worded for the admin who reads them in a notice. */
import { WirewatchError } from '../../model/errors.js';

/** A `not_a_feed` error: `parser: DETAIL`. */
export function notAFeed(detail: string): WirewatchError {
  return new WirewatchError('not_a_feed', `parser: ${detail}`);
}

/** An element name as XML 1.0 allows one, short enough to be a feed's root (letters, digits, `._:-`). */
const ROOT_NAME = /^[\p{L}_][\p{L}\p{N}._:-]{0,63}$/u;

/**
 * The error for a document whose root element is not `rss`, `rdf:RDF` or `feed`. A root that is no
 * XML name (binary data or another format read as XML) is described, never echoed: its bytes would
 * land in logs and chat notices as junk.
 * @param name the root element's name as the tokenizer read it
 */
export function unknownRoot(name: string): WirewatchError {
  return notAFeed(ROOT_NAME.test(name) ? `root element <${name}> is not RSS, RDF or Atom` : 'the document is not XML (binary data or another format?)');
}
