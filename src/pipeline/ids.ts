/** Hashes a string to a short base-36 token (FNV-1a, 32 bit): stable across runs and machines, unlike random ids. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return (hash >>> 0).toString(36).padStart(7, '0')
}

/** Russian letters in Latin (a simple scientific-style transliteration), so Russian words make slugs too. */
const CYRILLIC: Readonly<Record<string, string>> = Object.fromEntries(
  [...'абвгдеёжзийклмнопрстуфхцчшщъыьэюя'].map((letter, i) => [
    letter,
    ['a', 'b', 'v', 'g', 'd', 'e', 'e', 'zh', 'z', 'i', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'r', 's', 't', 'u', 'f'][
      i
    ] ??
      ['kh', 'ts', 'ch', 'sh', 'shch', '', 'y', '', 'e', 'yu', 'ya'][i - 22] ??
      '',
  ]),
)

/** Turns words into a URL-safe slug: lower case, ASCII letters and digits, hyphens between words. */
export function slugify(text: string): string {
  return text
    .toLocaleLowerCase('tr')
    .replace(/[а-яё]/gu, (letter) => CYRILLIC[letter] ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ı/g, 'i')
    .replace(/ə/g, 'e')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

/** Makes ids unique in order of appearance by suffixing repeats (-2, -3…), so no two records share a deep link. */
export function uniqueIds<T extends { id: string }>(records: T[]): T[] {
  const seen = new Map<string, number>()
  return records.map((record) => {
    const count = (seen.get(record.id) ?? 0) + 1
    seen.set(record.id, count)
    return count === 1 ? record : { ...record, id: `${record.id}-${count}` }
  })
}
