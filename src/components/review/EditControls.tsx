'use client'
import type { ReviewStatus } from '../../review/fields/reviewStatus'

import { FormSubmit, Pill, useConfig, useDocumentInfo, useEditDepth, useForm, useFormModified, useHotkey } from '@payloadcms/ui'
import React, { useCallback, useRef } from 'react'

import { statusLabels } from './labels'

/**
 * The document controls of reviewed collections. Approving is publishing, so
 * Payload's Publish and Unpublish buttons are replaced by nothing: the review
 * panel is the one place to act. Every save is a draft save.
 */
export const NoPublishButton: React.FC = () => null

/** "Save": a draft save (Ctrl/Cmd+S), the only kind of save an edit under review can be. */
export const ReviewSaveButton: React.FC = () => {
  const { config } = useConfig()
  const { id, collectionSlug } = useDocumentInfo()
  const modified = useFormModified()
  const { submit } = useForm()
  const editDepth = useEditDepth()
  const ref = useRef<HTMLButtonElement>(null)
  const disabled = Boolean(id) && !modified

  const save = useCallback(async () => {
    if (disabled || !collectionSlug) return
    await submit({
      action: `${config.serverURL}${config.routes.api}/${collectionSlug}${id ? `/${id}` : ''}?depth=0&draft=true`,
      method: id ? 'PATCH' : 'POST',
      overrides: { _status: 'draft' },
      skipValidation: true,
    })
  }, [collectionSlug, config.routes.api, config.serverURL, disabled, id, submit])

  useHotkey({ cmdCtrlKey: true, editDepth, keyCodes: ['s'] }, (event) => {
    event.preventDefault()
    event.stopPropagation()
    ref.current?.click()
  })

  return (
    <FormSubmit buttonId="action-save" buttonStyle="primary" disabled={disabled} onClick={() => void save()} ref={ref} size="medium" type="button">
      Save
    </FormSubmit>
  )
}

const pillStyles: Record<ReviewStatus, 'light' | 'warning' | 'error' | 'success'> = {
  draft: 'light',
  inReview: 'warning',
  changesRequested: 'error',
  approved: 'success',
}

/** The document header's status: the review state, not Payload's draft/published. */
export const ReviewStatusBadge: React.FC = () => {
  const { savedDocumentData } = useDocumentInfo()
  const status = savedDocumentData?.reviewStatus as ReviewStatus | undefined
  if (!status) return null
  return (
    <div data-testid="document-review-status" data-status={status} style={{ display: 'flex', alignItems: 'center', gap: '0.5rem' }}>
      <span style={{ color: 'var(--theme-elevation-500)' }}>Review:</span>
      <Pill size="small" pillStyle={pillStyles[status]}>
        {statusLabels[status]}
      </Pill>
    </div>
  )
}
