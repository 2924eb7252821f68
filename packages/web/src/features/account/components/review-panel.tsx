import { createReviewInputSchema } from '@derma/shared';
import type { FormEvent, ReactNode } from 'react';
import { useState } from 'react';
import { FormMessage } from '../../../components/form-message';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { useReviews } from '../api/use-reviews';

/** Rate the app 1-5 with an optional comment, and the reviews already sent. */
export function ReviewPanel(): ReactNode {
  const { t, formatDate } = useI18n();
  const { list, create } = useReviews();
  const [rating, setRating] = useState(5);
  const [comment, setComment] = useState('');
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    create.mutate(createReviewInputSchema.parse({ rating, comment }), { onSuccess: () => setComment('') });
  };
  return (
    <section className="card" aria-labelledby="review-title">
      <h2 id="review-title" className="card-title">
        {t('review.title')}
      </h2>
      <form className="form" onSubmit={submit}>
        <fieldset className="stars">
          <legend>{t('review.rating')}</legend>
          {[1, 2, 3, 4, 5].map((n) => (
            <label key={n} className="star" title={t('review.stars', { n })}>
              <input type="radio" name="rating" value={n} checked={rating === n} onChange={() => setRating(n)} className="visually-hidden" />
              <span aria-hidden="true">{n <= rating ? '★' : '☆'}</span>
              <span className="visually-hidden">{t('review.stars', { n })}</span>
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="review-comment">{t('review.comment')}</label>
          <textarea id="review-comment" maxLength={1000} rows={3} value={comment} onChange={(e) => setComment(e.target.value)} />
        </div>
        <FormMessage error={create.error} success={create.isSuccess ? t('review.thanks') : null} />
        <button type="submit" className="button" disabled={create.isPending}>
          {t('review.send')}
        </button>
      </form>
      {list.data && list.data.items.length > 0 && (
        <>
          <h3 className="card-subtitle">{t('review.yours')}</h3>
          <ul className="plain-list">
            {list.data.items.map((r) => (
              <li key={r.id}>
                <span aria-label={t('review.stars', { n: r.rating })}>{'★'.repeat(r.rating)}</span> {r.comment}{' '}
                <span className="muted small">{formatDate(r.createdAt)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
