// Renders its children only in the browser, after hydration: Recharts 3 draws nothing on the
// server, so the server sends the fallback (and every chart has a data table beside it).
import { useEffect, useState, type ReactNode } from 'react'

export function ClientOnly({
  children,
  fallback = null,
}: {
  children: () => ReactNode
  fallback?: ReactNode
}) {
  const [mounted, setMounted] = useState(false)
  useEffect(() => setMounted(true), [])
  return <>{mounted ? children() : fallback}</>
}
