import './style.css';

// The first frame is index.html's own markup: let it paint, then load React and the app (start.tsx).
requestAnimationFrame(() => setTimeout(() => void import('./start')));
