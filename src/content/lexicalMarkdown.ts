import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import type { SanitizedConfig } from 'payload'

import type { Hint } from '../payload-types'

import {
  convertLexicalToMarkdown,
  convertMarkdownToLexical,
  editorConfigFactory,
} from '@payloadcms/richtext-lexical'

import { withoutUnsafeLinks } from './safeLinks'

/** Rich text as Payload stores it (the generated type of a richText field). */
export type RichText = Hint['text']

type EditorConfig = Awaited<ReturnType<typeof editorConfigFactory.default>>

// Building the editor config walks every feature; do it once per Payload config.
const editorConfigs = new WeakMap<SanitizedConfig, Promise<EditorConfig>>()

const editorConfigFor = (config: SanitizedConfig): Promise<EditorConfig> => {
  let editorConfig = editorConfigs.get(config)
  if (!editorConfig) {
    editorConfig = editorConfigFactory.default({ config })
    editorConfigs.set(config, editorConfig)
  }
  return editorConfig
}

export const markdownToLexical = async ({
  config,
  markdown,
}: {
  config: SanitizedConfig
  markdown: string
}): Promise<RichText> =>
  // Imported Markdown may carry [text](javascript:…): only http(s) and mailto links are kept.
  withoutUnsafeLinks(convertMarkdownToLexical({ editorConfig: await editorConfigFor(config), markdown }) as unknown as RichText).state

export const lexicalToMarkdown = async ({
  config,
  data,
}: {
  config: SanitizedConfig
  data: RichText
}): Promise<string> =>
  convertLexicalToMarkdown({ data: data as unknown as SerializedEditorState, editorConfig: await editorConfigFor(config) })
