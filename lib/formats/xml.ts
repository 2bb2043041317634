// XML for GEXF and GraphML: escaping that keeps any string valid XML 1.0, and parsing through an injected
// DOMParser-like function behind guards (no DOCTYPE, so no entity expansion; parser errors with their line).
import type { ImportLimits, Problems } from './import-result';

/** Parses XML text into a DOM Document: the browser's DOMParser, or @xmldom/xmldom in Node (see node-xml.ts). */
export type ParseXml = (text: string) => Document;

/** Options of the XML importers: the parser (default: the browser's DOMParser) and limits to lower for tests. */
export type XmlImportOptions = { parseXml?: ParseXml | null; limits?: Partial<ImportLimits> };

/** The browser's parser, when there is one (not in Web Workers, which have no DOMParser: pass parseXml there). */
export function defaultParseXml(): ParseXml | null {
  if (typeof DOMParser === 'undefined') return null;
  return (text) => new DOMParser().parseFromString(text, 'application/xml');
}

// Characters XML 1.0 cannot hold even escaped (C0 controls but tab, LF, CR; U+FFFE/FFFF) and lone surrogates.
// eslint-disable-next-line no-control-regex -- control characters are what this expression finds
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// A character XML cannot hold is written as U+FFFD followed by its UTF-16 code in braces ("a\u0001" → "a\uFFFD{0001}"), and
// a U+FFFD that would read as such a code is written "\uFFFD{FFFD}" first: other tools show a replacement character, ids
// that differ only in such characters stay distinct (no two nodes merge), and Entente's importers read the text back.
const CODED = /\uFFFD\{([0-9A-F]{4})\}/g;
const LOOKS_CODED = /\uFFFD(?=\{[0-9A-F]{4}\})/g;

/** Text as it can be written in XML 1.0: characters XML cannot hold coded as U+FFFD{XXXX} (decodeXmlText reads it back). */
export function encodeXmlText(value: string): string {
  return value.replace(LOOKS_CODED, '\uFFFD{FFFD}').replace(INVALID_XML, (c) => `\uFFFD{${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}}`);
}

/** The text encodeXmlText coded (a U+FFFD followed by anything else than {XXXX} stays as it is). */
export function decodeXmlText(value: string): string {
  return value.includes('\uFFFD') ? value.replace(CODED, (_, code: string) => String.fromCharCode(parseInt(code, 16))) : value;
}

/** Escapes text for an XML attribute value or element content; characters XML cannot hold are coded (encodeXmlText). */
export function escapeXml(value: string): string {
  return encodeXmlText(value).replace(/[&<>"'\t\n\r]/g, (c) => {
    switch (c) {
      case '&':
        return '&amp;';
      case '<':
        return '&lt;';
      case '>':
        return '&gt;';
      case '"':
        return '&quot;';
      case "'":
        return '&apos;';
      // escaped so that attribute-value normalisation does not turn them into spaces
      case '\t':
        return '&#9;';
      case '\n':
        return '&#10;';
      default:
        return '&#13;';
    }
  });
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function lineFromMessage(message: string): string {
  const match = /line(?: number)?\D{0,3}(\d+)/i.exec(message);
  return match ? `line ${match[1]}` : 'file';
}

/** Chromium wraps its parser's words in a page ("This page contains the following errors: … Below is a rendering …"). */
function parserErrorText(text: string): string {
  const chromium = /error on line \d+ at column (\d+): (.*?)(?:Below is a rendering.*)?$/s.exec(text);
  return chromium ? `${chromium[2]!.trim()} (column ${chromium[1]})` : text;
}

/**
 * Parses `text`, or reports why not and stops. DOCTYPE declarations are refused outright: GEXF and GraphML need none,
 * and refusing them rules out entity-expansion attacks (billion laughs) and external entities in every parser.
 */
export function parseXmlDocument(text: string, parseXml: ParseXml | null | undefined, problems: Problems): Element {
  const parse = parseXml ?? defaultParseXml();
  if (!parse) return problems.fatal('no XML parser is available here: pass parseXml', 'file');
  const doctype = /<!DOCTYPE|<!ENTITY/i.exec(text);
  if (doctype) problems.fatal('DOCTYPE and ENTITY declarations are not accepted (they allow entity expansion attacks)', `line ${lineOf(text, doctype.index)}`);
  let document: Document;
  try {
    document = parse(text);
  } catch (error) {
    const located = error as { message?: string; locator?: { lineNumber?: number } };
    const full = located.message ?? String(error);
    // xmldom wraps the parser's own words: 'Reporting fatalError "…" caused Error: <words>'
    const message = (/ caused \w*Error: (.*)$/s.exec(full)?.[1] ?? full).split('\n')[0]!;
    const where = located.locator?.lineNumber ? `line ${located.locator.lineNumber}` : lineFromMessage(message);
    return problems.fatal(`malformed XML: ${message}`, where);
  }
  // Browsers do not throw: they return a document holding a <parsererror> element.
  const parserError = document.getElementsByTagName('parsererror')[0];
  if (parserError) {
    const message = (parserError.textContent ?? '').trim().replace(/\s+/g, ' ');
    problems.fatal(`malformed XML: ${parserErrorText(message) || 'the parser gave no detail'}`, lineFromMessage(message));
  }
  const root = document.documentElement;
  if (!root) return problems.fatal('malformed XML: there is no root element', 'file');
  return root;
}

export const localName = (node: Node): string => (node as Element).localName ?? node.nodeName.replace(/^.*:/, '');

/** The element children of `parent`, optionally only those with a local name (prefix ignored, e.g. viz:position). */
export function childElements(parent: Element, name?: string): Element[] {
  const out: Element[] = [];
  const nodes = parent.childNodes;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.nodeType === 1 && (name === undefined || localName(node) === name)) out.push(node as Element);
  }
  return out;
}

export function firstChild(parent: Element, name: string): Element | undefined {
  return childElements(parent, name)[0];
}

/** An attribute's value (characters coded by encodeXmlText decoded), or null when absent (xmldom and browsers disagree on '' vs null). */
export function attribute(element: Element, name: string): string | null {
  return element.hasAttribute(name) ? decodeXmlText(element.getAttribute(name) ?? '') : null;
}

/** An element's text content, characters coded by encodeXmlText decoded. */
export function textOf(element: Element | undefined): string | null {
  const text = element?.textContent;
  return text === null || text === undefined ? null : decodeXmlText(text);
}

/** How an element is named in messages: `<edge id="e7">` or `<edge #12>` (its position) when it has no id. */
export function describe(element: Element, index: number): string {
  const id = attribute(element, 'id');
  return id !== null ? `<${localName(element)} id="${id.length > 60 ? `${id.slice(0, 60)}…` : id}">` : `<${localName(element)} #${index + 1}>`;
}
