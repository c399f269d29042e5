import { render } from 'preact';
import { JournalApp } from '../../src/ui/journal/JournalApp';
import '../../src/ui/styles.css';
import '../../src/ui/journal/journal.css';

render(<JournalApp />, document.getElementById('app')!);
