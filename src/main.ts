// The page's entry: one origin serves two browser wings. The family app (src/family/) is the first screen;
// the staff console (src/console/) is its own app under /kommune, fetched only there.
import { installI18n } from './i18n/installI18n'
import { startFamilyApp } from './family/main'
import './ui/main.css'

// The console gets installI18n from here, so that its chunk shares no module with the first screen.
if (location.pathname.startsWith('/kommune')) void import('./console/main').then((m) => m.startConsole(installI18n))
else void startFamilyApp()
