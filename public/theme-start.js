try {
  var r = document.documentElement
  var c = localStorage.getItem('stageboard:theme') || ''
  r.dataset.theme = c
  r.classList.toggle(
    'dark',
    c === 'dark' || (c !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches),
  )
} catch {
  // No storage: the system decides (src/theme.css).
}
