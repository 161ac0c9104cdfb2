import { render } from 'preact';
import { App } from './App.tsx';
import '../src/assets/theme.css';
import './popup.css';

render(<App />, document.getElementById('app')!);
// Preact renders synchronously: the shell is in the DOM now. The bench reads this mark.
performance.mark('evalscout:popup-first-render');
