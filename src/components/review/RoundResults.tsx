'use client'
import type { RoundItemResult } from '../../review/round'

import { Banner } from '@payloadcms/ui'
import React from 'react'

export type RoundFailure = Pick<RoundItemResult, 'collection' | 'id' | 'message' | 'status'>

/** The items of a review round the rules refused, each with its reason and a link to it. */
export const RoundResults: React.FC<{ failures: RoundFailure[]; adminRoute: string }> = ({ failures, adminRoute }) => {
  if (failures.length === 0) return null
  return (
    <Banner type="error">
      <ul data-testid="round-refusals" style={{ margin: 0, paddingLeft: '1.25rem' }}>
        {failures.map((failure) => (
          <li key={`${failure.collection}:${String(failure.id)}`} data-collection={failure.collection} data-id={String(failure.id)}>
            <a href={`${adminRoute}/collections/${failure.collection}/${failure.id}`}>
              {failure.collection === 'hints' ? 'Hint' : 'Question'} #{String(failure.id)}
            </a>
            : {failure.message}
          </li>
        ))}
      </ul>
    </Banner>
  )
}
