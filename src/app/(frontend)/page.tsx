import Link from 'next/link'
import React from 'react'

export default function HomePage() {
  return (
    <main>
      <h1>Prepbank</h1>
      <p>Interview question banks: imported, written, reviewed and published.</p>
      <p>
        <Link href="/admin">Open the admin</Link> · <Link href="/api/roles">Roles (REST)</Link>
      </p>
    </main>
  )
}
