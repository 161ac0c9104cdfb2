import { render } from 'preact';
import { App } from './App.tsx';
import '../src/assets/theme.css';
import './options.css';

render(<App />, document.getElementById('app')!);
