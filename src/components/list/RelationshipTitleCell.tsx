'use client'
import type { DefaultCellComponentProps } from 'payload'

import { useConfig, useListRelationships } from '@payloadcms/ui'
import React, { useEffect } from 'react'

import { idOf } from '../../content/ids'

/**
 * A hasOne relationship column that shows the related document's title on
 * every row of the page. Payload's own cell asks for a related document only
 * once its row has scrolled into view, and until then prints "<No Role>", as
 * if the question had no role: the rows below the fold looked broken while
 * REST returned both. This cell asks for every row's document at once through
 * the same list provider (one request per related collection, as Payload
 * batches it) and says "Loading…" while it waits.
 */
export const RelationshipTitleCell: React.FC<DefaultCellComponentProps> = ({ cellData, field }) => {
  const { documents, getRelationships } = useListRelationships()
  const { getEntityConfig } = useConfig()
  const relationTo = 'relationTo' in field && typeof field.relationTo === 'string' ? field.relationTo : null
  const id = cellData === null || cellData === undefined || cellData === '' ? null : idOf(cellData)
  const document = relationTo && id !== null ? documents[relationTo]?.[id] : undefined
  useEffect(() => {
    // Asking again for a loaded document would reset it to loading (the provider's REQUEST): only the unseen ones.
    if (relationTo && id !== null && document === undefined) getRelationships([{ relationTo, value: id }])
  }, [relationTo, id, document, getRelationships])

  if (!relationTo || id === null) return <span data-testid="relationship-cell">—</span>
  if (!document) {
    return <span data-testid="relationship-cell" data-state={document === false ? 'missing' : 'loading'}>{document === false ? `Not found (ID ${id})` : 'Loading…'}</span>
  }
  const titleField = getEntityConfig({ collectionSlug: relationTo })?.admin?.useAsTitle ?? 'id'
  const title = (document as Record<string, unknown>)[titleField]
  return (
    <span data-testid="relationship-cell" data-state="loaded">
      {typeof title === 'string' || typeof title === 'number' ? String(title) : `ID ${id}`}
    </span>
  )
}
