import type { DragEvent, ReactNode } from 'react';
import { useId, useRef, useState } from 'react';
import { useI18n } from '../../../lib/i18n/i18n-context';

interface PhotoPickerProps {
  disabled: boolean;
  onPhoto: (photo: Blob) => void;
}

/** File picker and drag-and-drop area for a face photo. */
export function PhotoPicker({ disabled, onPhoto }: PhotoPickerProps): ReactNode {
  const { t } = useI18n();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [rejected, setRejected] = useState(false);

  const take = (file: File | undefined): void => {
    if (!file) return;
    const ok = file.type === '' || file.type.startsWith('image/');
    setRejected(!ok);
    if (ok) onPhoto(file);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>): void => {
    event.preventDefault();
    setDragging(false);
    if (!disabled) take(event.dataTransfer.files[0]);
  };

  return (
    <div
      className={`dropzone${dragging ? ' dropzone-active' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      data-testid="dropzone"
    >
      <p className="dropzone-title">{t('diagnose.drop')}</p>
      <label htmlFor={inputId} className={`button button-primary${disabled ? ' button-disabled' : ''}`}>
        {t('diagnose.choose')}
      </label>
      <input
        ref={input}
        id={inputId}
        className="visually-hidden"
        type="file"
        accept="image/*"
        disabled={disabled}
        data-testid="photo-input"
        onChange={(e) => {
          take(e.target.files?.[0]);
          e.target.value = '';
        }}
      />
      <p className="muted small">{t('diagnose.dropHint')}</p>
      {rejected && <p role="alert" className="error-text">{t('diagnose.notImage')}</p>}
    </div>
  );
}
