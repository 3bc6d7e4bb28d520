import '@aura-kit/ui/styles.css'
import './demo.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { createBrowserRouter, RouterProvider } from 'react-router'
import { ConnectionProvider } from './connection/ConnectionProvider.tsx'
import { LanguageProvider } from './i18n/LanguageProvider.tsx'
import { routes } from './routes.tsx'
import { ThemeProvider } from './theme/ThemeProvider.tsx'

const container = document.getElementById('root')
if (!container) {
  throw new Error('index.html has no #root element')
}
const router = createBrowserRouter(routes)

createRoot(container).render(
  <StrictMode>
    <ThemeProvider>
      <LanguageProvider>
        <ConnectionProvider>
          <RouterProvider router={router} />
        </ConnectionProvider>
      </LanguageProvider>
    </ThemeProvider>
  </StrictMode>,
)
