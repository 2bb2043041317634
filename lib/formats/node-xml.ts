// The XML parser for Node (unit tests, scripts): @xmldom/xmldom behind the ParseXml signature, failing on any error.
import { DOMParser } from '@xmldom/xmldom';
import type { ParseXml } from './xml';

export const parseXmlInNode: ParseXml = (text) => {
  const parser = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') throw new Error(message);
    },
  });
  // xmldom's Document implements the DOM Core subset the importers use (childNodes, attributes, textContent).
  return parser.parseFromString(text, 'application/xml') as unknown as Document;
};
