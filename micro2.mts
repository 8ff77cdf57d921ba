import { readFileSync } from 'node:fs'
import { releaseListSchema } from './src/api/release-schema'
const which = process.env.Q ?? 'orig'
const { quickParse } = await import(which === 'orig' ? './src/api/quick-parse' : '/tmp/qp-new.ts')
const lrText = readFileSync('/tmp/fleet-lr.json', 'utf8')
const lrBody = JSON.parse(lrText)
const a = performance.now(); const r = quickParse(releaseListSchema, lrBody); const b = performance.now()
const lrBody2 = JSON.parse(lrText)
const c = performance.now(); quickParse(releaseListSchema, lrBody2); const d = performance.now()
console.log(which, 'cold', (b - a).toFixed(2), 'warm', (d - c).toFixed(2), r ? 'ok' : 'refused')
