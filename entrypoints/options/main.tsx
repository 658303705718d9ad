import { createRoot } from 'react-dom/client';
import { App } from './App';
import './options.css';

createRoot(document.getElementById('root')!).render(<App />);
