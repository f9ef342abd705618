// Placeholder so the package resolves until the end-to-end tests land on main.
import Testing
