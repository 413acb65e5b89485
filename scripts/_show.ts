import { findFact } from '../server/src/facts/catalog';
for (const id of process.argv.slice(2)) {
  const f = findFact(id);
  console.log(id, '|', JSON.stringify(f?.value), '|', f?.hardLimit, '|', f?.detail ?? '', '|', f?.source, '|', f?.sourceSection ?? '', '|', JSON.stringify(f?.history ?? ''), JSON.stringify(f?.quota ?? ''));
}
