type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }

/**
 * The form of `forms` that `count` takes in `language` (Intl.PluralRules), e.g.
 * `plural('en', 1, { one: '1 row', other: `${n} rows` })`.
 */
export function plural(language: string, count: number, forms: PluralForms): string {
  const rule = new Intl.PluralRules(language).select(count)
  return forms[rule] ?? forms.other
}
