import type React from 'react'
import { CircleAlert, ExternalLink } from 'lucide-react'
import { Link } from 'react-router'

/** An app's name (or a release of it), opening its release history. */
export function AppLink({ appId, children }: { appId: string; children: React.ReactNode }) {
  return (
    <Link
      // The id may come from Stageboard's log, which anyone who may change config vars writes.
      to={`/apps/${encodeURIComponent(appId)}`}
      className="font-medium text-violet-800 underline-offset-2 hover:underline"
    >
      {children}
    </Link>
  )
}

/** "failed", "errored": in words and a shape, not colour alone. */
export function Problem({ children }: { children: string }) {
  return (
    <span className="ml-1 inline-flex items-center gap-0.5 text-red-800">
      <CircleAlert aria-hidden="true" className="size-3.5" />
      {children}
    </span>
  )
}

/** A link to GitHub, saying that it leaves for GitHub in a new tab. */
export function GithubLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <a
      href={href}
      target="_blank"
      rel="noreferrer"
      className="inline-flex items-center gap-1 text-violet-800 underline-offset-2 hover:underline"
    >
      {children}
      <ExternalLink aria-hidden="true" className="size-3.5" />
      <span className="sr-only">(opens GitHub)</span>
    </a>
  )
}
