import { render } from 'preact';

render(<main>Evalscout</main>, document.getElementById('app')!);
