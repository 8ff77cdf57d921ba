/** Stageboard's mark: three stages, shortening as code flows to production. */
export function Logo() {
  return (
    <svg aria-hidden="true" viewBox="0 0 32 32" className="size-7">
      <rect width="32" height="32" rx="7" fill="#ede9fe" />
      <rect x="6" y="8" width="5" height="16" rx="1.5" fill="#5b21b6" />
      <rect x="13.5" y="8" width="5" height="11" rx="1.5" fill="#7c3aed" />
      <rect x="21" y="8" width="5" height="7" rx="1.5" fill="#a78bfa" />
    </svg>
  )
}
