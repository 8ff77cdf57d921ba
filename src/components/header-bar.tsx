import type React from 'react'

/** The violet bar atop every screen, Connect's included. */
export function HeaderBar({ children }: { children: React.ReactNode }) {
  return (
    <header data-palette="light" className="bg-violet-900 text-white">
      <div className="mx-auto flex max-w-[1600px] flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2.5 sm:px-6">
        {children}
      </div>
    </header>
  )
}

/** Stageboard's mark and name: three stages, shortening as code flows to production. */
export function Brand() {
  return (
    <span className="flex items-center gap-2 text-lg font-semibold tracking-tight">
      <svg aria-hidden="true" viewBox="0 0 32 32" className="size-7">
        <rect width="32" height="32" rx="7" fill="#ede9fe" />
        <rect x="6" y="8" width="5" height="16" rx="1.5" fill="#5b21b6" />
        <rect x="13.5" y="8" width="5" height="11" rx="1.5" fill="#7c3aed" />
        <rect x="21" y="8" width="5" height="7" rx="1.5" fill="#a78bfa" />
      </svg>
      Stageboard
    </span>
  )
}
