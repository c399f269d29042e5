/** "Import a résumé file" in the options page: its text goes to the résumé box, where the skills are found and confirmed as for pasted text. */
import { useState } from 'preact/hooks';
import { messageOf } from '../use-item';

export function ResumeFile({ onText }: { onText: (text: string) => void }) {
  const [note, setNote] = useState<{ text: string; error?: boolean } | null>(null);
  const [reading, setReading] = useState(false);
  return (
    <p data-testid="resume-file">
      <label>
        Or import a file (PDF, Word .docx or text){' '}
        <input
          type="file"
          accept=".pdf,application/pdf,.docx,.txt,.md,text/plain"
          disabled={reading}
          onChange={async (e) => {
            const file = (e.currentTarget as HTMLInputElement).files?.[0];
            if (!file) return;
            setReading(true);
            setNote({ text: `Reading ${file.name}…` });
            try {
              // Loaded on demand: pdf.js and the unzipper are not part of the page until a file is chosen.
              const { resumeText } = await import('./resume-file');
              const text = await resumeText(file);
              onText(text);
              setNote({ text: `Read ${text.length.toLocaleString('en')} characters from ${file.name}: check the text below, then find the skills.` });
            } catch (err) {
              setNote({ text: messageOf(err), error: true });
            } finally {
              setReading(false);
            }
          }}
        />
      </label>
      {note && (
        <span role={note.error ? 'alert' : 'status'} class={note.error ? 'error' : 'muted'} data-testid="resume-file-note">
          {' '}
          {note.text}
        </span>
      )}
    </p>
  );
}
