/** Band keys as stores of SQLite versions 2–3 and PostgreSQL version 2 wrote them: 64 bands of 2 rows (migration tests). */
export function oldBands(sig: Uint32Array): number[] {
  const keys: number[] = [];
  for (let band = 0; band < 64; band++) {
    let h = 0x811c9dc5 ^ band;
    for (let r = 0; r < 2; r++) h = Math.imul(h ^ sig[band * 2 + r]!, 0x01000193);
    keys.push(band * 2 ** 32 + (h >>> 0));
  }
  return keys;
}
