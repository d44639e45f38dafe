import type { CollectionBeforeChangeHook } from 'payload'

const maxTitleLength = 120

/**
 * The list view needs a title before an editor has written the prompt:
 * the prompt when there is one, else the title derived from the first hint
 * (hintTitle, set by the importer), else a plain marker.
 */
export const workingTitleFor = ({ prompt, hintTitle }: { prompt?: string | null; hintTitle?: string | null }) => {
  const wording = typeof prompt === 'string' ? prompt.trim() : ''
  const workingTitle = wording
    ? wording.length > maxTitleLength
      ? `${wording.slice(0, maxTitleLength - 1)}…`
      : wording
    : hintTitle || 'Needs wording'
  return { workingTitle, needsWording: wording.length === 0 }
}

export const deriveWorkingTitle: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const prompt = data.prompt !== undefined ? data.prompt : originalDoc?.prompt
  Object.assign(data, workingTitleFor({ prompt, hintTitle: data.hintTitle ?? originalDoc?.hintTitle }))
  return data
}
