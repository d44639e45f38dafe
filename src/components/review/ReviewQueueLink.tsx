'use client'
import { useConfig } from '@payloadcms/ui'
import React from 'react'

/** A link to the review queue in the admin's navigation. */
export const ReviewQueueLink: React.FC = () => {
  const { config } = useConfig()
  return (
    <a className="nav__link" href={`${config.routes.admin}/review`} id="nav-review-queue">
      <span className="nav__link-label">Review queue</span>
    </a>
  )
}
