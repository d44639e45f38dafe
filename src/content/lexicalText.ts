import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import type { RichText } from './lexicalMarkdown'

import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'

/** Plain text of a lexical document, whitespace tidied so search and dedup compare like with like. */
export const lexicalToPlainText = ({ data }: { data: RichText }): string =>
  convertLexicalToPlaintext({ data: data as unknown as SerializedEditorState })
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
