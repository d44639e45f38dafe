'use client'
import type { DefaultCellComponentProps } from 'payload'

import { Pill } from '@payloadcms/ui'
import React from 'react'

/** In the questions list: a "Needs wording" pill where the prompt is still missing. */
export const NeedsWordingCell: React.FC<DefaultCellComponentProps> = ({ cellData }) =>
  cellData ? (
    <Pill size="small" pillStyle="warning">
      Needs wording
    </Pill>
  ) : null
