/** The variants of an experiment as rows of name and result, added and removed in place. */
import { Plus, Trash2 } from 'lucide-react';
import { useId } from 'react';
import { MAX_VARIANTS, type ExperimentVariant } from '../../../../shared/domain/experiments';

export function VariantsEditor({
  variants,
  error,
  onChange,
}: {
  variants: ExperimentVariant[];
  error?: string;
  onChange: (variants: ExperimentVariant[]) => void;
}) {
  const id = useId();
  const set = (index: number, patch: Partial<ExperimentVariant>) =>
    onChange(variants.map((v, i) => (i === index ? { ...v, ...patch } : v)));
  return (
    <fieldset className="variants" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>Variants and results</legend>
      {variants.map((variant, index) => (
        <div key={index} className="variant-row">
          <input
            aria-label={`Variant ${index + 1} name`}
            placeholder={index === 0 ? 'Control' : 'Variant'}
            value={variant.name}
            aria-invalid={error && variant.name.trim() === '' ? true : undefined}
            onChange={(event) => set(index, { name: event.target.value })}
          />
          <input
            aria-label={`Variant ${index + 1} result`}
            placeholder="What happened: 68 sign-ups, 4.1% conversion"
            value={variant.result}
            onChange={(event) => set(index, { result: event.target.value })}
          />
          <button
            type="button"
            className="icon-button"
            aria-label={`Remove variant ${index + 1}`}
            title="Remove variant"
            onClick={() => onChange(variants.filter((_, i) => i !== index))}
          >
            <Trash2 size={15} aria-hidden="true" />
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button button-quiet"
        disabled={variants.length >= MAX_VARIANTS}
        onClick={() => onChange([...variants, { name: '', result: '' }])}
      >
        <Plus size={14} aria-hidden="true" />
        Add variant
      </button>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
