import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

/** Builds the reference page of `npm run bench:web` with the same Vite and React plugin as the app. */
export default defineConfig({ root: import.meta.dirname, base: '/', plugins: [react()] })
