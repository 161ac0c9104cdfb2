import { render } from 'preact';
import { App } from './App.tsx';
import './options.css';

render(<App />, document.getElementById('app')!);
