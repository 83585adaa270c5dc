/** The catalogue of the 24 文书式样: fetched once per sign-in and kept while the clerk moves between pages. */
import { useEffect, useState } from 'react';
import type { FormSummary } from '../../../main/contract/documents';
import { useWorkstation } from '../app/context';

const KEEP_KEY = 'documentForms';

export interface FormsState {
  forms: FormSummary[] | null;
  error: string | null;
}

export function useForms(): FormsState {
  const { backend, keep } = useWorkstation();
  const [state, setState] = useState<FormsState>(() => ({ forms: keep.get<FormSummary[]>(KEEP_KEY) ?? null, error: null }));

  useEffect(() => {
    if (state.forms) return;
    let live = true;
    void backend.call('documents.forms', {}).then((r) => {
      if (!live) return;
      if (r.ok) {
        keep.set(KEEP_KEY, r.value);
        setState({ forms: r.value, error: null });
      } else setState({ forms: null, error: r.error.message });
    });
    return () => {
      live = false;
    };
  }, [backend, keep, state.forms]);

  return state;
}
