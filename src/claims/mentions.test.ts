import { describe, expect, it } from 'vitest';
import { createRegistry } from '../countries/registry.js';
import { bodyMention, countryMentions } from './mentions.js';

const reg = createRegistry();
const codes = (text: string) => countryMentions(reg, text).map((m) => m.code);

describe('countryMentions', () => {
  it('reads Saint as news abbreviates it', () => {
    expect(codes('St. Vincent and the Grenadines, St Lucia and St. Kitts and Nevis')).toEqual(['VCT', 'LCA', 'KNA']);
    expect(codes('Saint Lucia')).toEqual(['LCA']);
  });

  it('takes the United States in capitals only, and not the Washington Post', () => {
    expect(codes('The US and the UK')).toEqual(['USA', 'GBR']);
    expect(codes('let us see what the Washington Post says')).toEqual([]);
  });
});

describe('countryMentions of former members', () => {
  it('names East and West Germany, Yugoslavia, the two Yemens', () => {
    expect(codes('East Germany supported the resolution; West Germany voted against it.')).toEqual(['DDR', 'DEU']);
    expect(codes('Yugoslavia, Czechoslovakia, North Yemen and South Yemen abstained.')).toEqual(['YUG', 'CSK', 'YAR', 'YMD']);
  });
});

describe('bodyMention', () => {
  it('reads the body voting, not one that names states', () => {
    expect(bodyMention('The Security Council voted 13-2.')).toBe('sc');
    expect(bodyMention('Four of the five UN Security Council nuclear powers voted against the resolution.')).toBeNull();
    expect(bodyMention('The permanent members of the Security Council abstained in the General Assembly.')).toBe('ga');
  });
});
