// Chrome's launcher finds the extension by its service worker; it does nothing.
