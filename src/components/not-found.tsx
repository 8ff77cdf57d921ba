import { Link } from 'react-router'
import { usePageTitle } from '@/hooks/use-page-title'

/** A page for what is not there: an unknown address, or a pipeline or app the API does not know. */
export function NotFound({
  title = 'Page not found',
  children = 'There is nothing at this address.',
}: {
  title?: string
  children?: React.ReactNode
}) {
  usePageTitle(title)
  return (
    <div className="mx-auto max-w-lg rounded-xl border border-slate-200 bg-white p-8 text-center shadow-sm">
      <p className="text-sm font-semibold text-violet-700">404</p>
      <h1 className="mt-1 text-xl font-semibold text-slate-900">{title}</h1>
      <p className="mt-2 text-sm text-slate-600">{children}</p>
      <Link
        to="/"
        className="mt-5 inline-block rounded-md bg-violet-700 px-3.5 py-2 text-sm font-medium text-white hover:bg-violet-800"
      >
        Back to pipelines
      </Link>
    </div>
  )
}
