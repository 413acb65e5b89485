import { strict as assert } from 'node:assert';
import { findings } from '../support/rule-at-line';

const table = (header: string, ...rows: string[]): string => [header, header.replace(/[^|]+/g, ' --- '), ...rows].join('\n');

describe('address counts in prefix tables and in one sentence', () => {
  it('reads "Addresses" and "Usable in an AWS subnet" columns as the row\'s block counts', () => {
    const text = table('| Prefix | Netmask | Addresses | Usable in an AWS subnet |', '| /22 | 255.255.252.0 | 2,048 | 2,043 |', '| /24 | 255.255.255.0 | 256 | 256 |', '| /28 | 255.255.255.240 | 16 | 11 |');
    assert.deepEqual(findings(text), ['cidr-address-count@3', 'cidr-address-count@3', 'subnet-usable-ips@4']);
  });

  it('reads a usable count after the total in one sentence', () => {
    assert.deepEqual(findings('A /25 gives 128 addresses and 126 usable hosts in a subnet.'), ['subnet-usable-ips@1']);
    // "252 of them usable" is the same count with its noun left out (it was not read before).
    assert.deepEqual(findings('Each /24 subnet has 256 addresses, 252 of them usable.'), ['subnet-usable-ips@1']);
    assert.deepEqual(findings('Each /24 subnet has 256 addresses, 251 of them usable.'), []);
    assert.deepEqual(findings('Each /24 subnet offers 252 usable IPs.'), ['subnet-usable-ips@1']);
  });

  it('stays quiet for right counts and for a general table that counts hosts the classic way', () => {
    assert.deepEqual(findings(table('| Prefix | Addresses | Usable in an AWS subnet |', '| /22 | 1,024 | 1,019 |', '| /24 | 256 | 251 |')), []);
    assert.deepEqual(findings(table('| CIDR | Total IPs | Usable IPs | Typical use |', '| /24 | 256 | 254 | Standard subnet |', '| /26 | 64 | 62 | Small subnet |')), []);
    assert.deepEqual(findings('A /25 gives 128 addresses and 123 usable in an AWS subnet.'), []);
  });
});

describe('an engine and its port in one table cell', () => {
  const rows = (...cells: string[]): string => ['| App | Engine / port |', '| --- | --- |', ...cells.map((c, i) => `| app-${i} | ${c} |`)].join('\n');

  it('reads "Oracle, 1433" and "Aurora MySQL on 5432" under an engine-and-port header', () => {
    assert.deepEqual(findings(rows('Oracle, 1433', 'Aurora MySQL on 5432')), ['engine-port-mismatch@3', 'engine-port-mismatch@4']);
  });

  it('stays quiet for each engine on its own port, and without an engine header', () => {
    assert.deepEqual(findings(rows('SQL Server (1433)', 'PostgreSQL / 5432', 'MySQL:3306')), []);
    assert.deepEqual(findings(['| App | Notes |', '| --- | --- |', '| a | Oracle, 1433 |'].join('\n')), []);
  });
});
