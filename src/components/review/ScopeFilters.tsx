'use client'
import { ReactSelect } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React from 'react'

export type Choice = { value: string; label: string }

/** Role and level filters of an admin view, kept in its URL (`?role=&level=`). */
export const ScopeFilters: React.FC<{
  path: string
  roles: Choice[]
  levels: Choice[]
  role?: string
  level?: string
}> = ({ path, roles, levels, role, level }) => {
  const router = useRouter()
  const go = (next: { role?: string; level?: string }) => {
    const entries = Object.entries({ role, level, ...next }).filter((entry): entry is [string, string] => Boolean(entry[1]))
    const query = new URLSearchParams(entries)
    router.push(`${path}${entries.length ? `?${query}` : ''}`)
  }
  const allRoles: Choice = { value: '', label: 'All roles' }
  const allLevels: Choice = { value: '', label: 'All levels' }
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(14rem, 1fr))', gap: 'calc(var(--base) * 0.5)', maxWidth: '40rem' }}>
      <div data-testid="filter-role">
        <ReactSelect
          options={[allRoles, ...roles]}
          value={roles.find((choice) => choice.value === role) ?? allRoles}
          onChange={(option) => go({ role: (option as Choice).value || undefined })}
          isClearable={false}
        />
      </div>
      <div data-testid="filter-level">
        <ReactSelect
          options={[allLevels, ...levels]}
          value={levels.find((choice) => choice.value === level) ?? allLevels}
          onChange={(option) => go({ level: (option as Choice).value || undefined })}
          isClearable={false}
        />
      </div>
    </div>
  )
}
