import React from 'react'

export const metadata = { title: 'Prepbank', description: 'Interview question banks, curated and reviewed.' }

export default function FrontendLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: 'system-ui, sans-serif', margin: '3rem auto', maxWidth: '40rem' }}>{children}</body>
    </html>
  )
}
