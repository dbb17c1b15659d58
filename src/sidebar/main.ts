/**
 * The sidebar's front end (placeholder until the sidebar lands).
 */
const app = document.getElementById('app');
if (app) app.textContent = 'RadList';
