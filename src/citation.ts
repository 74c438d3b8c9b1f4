import type { Body } from './vote.js';

/** UN Digital Library records of the two bulk datasets. */
export const UNDL_RECORD: Record<Body, string> = { ga: '4060887', sc: '4055387' };

/**
 * The citation the UN Dag Hammarskjöld Library asks for, from the data
 * dictionaries of 2026-02-06 (GA version 5, SC version 6).
 */
export const CITATION: Record<Body, string> = {
  ga: 'United Nations Dag Hammarskjöld Library, General Assembly Voting Data, United Nations, downloaded from https://digitallibrary.un.org/record/4060887',
  sc: 'United Nations Dag Hammarskjöld Library, Security Council Voting Data, United Nations, downloaded from https://digitallibrary.un.org/record/4055387',
};

/** Erik Voeten's UNGA data (issue codes, important votes), CC0, as the unvotes package publishes it. */
export const VOETEN_CITATION =
  'Erik Voeten, "Data and Analyses of Voting in the UN General Assembly", Routledge Handbook of International Organization (2013); ' +
  'data: Harvard Dataverse hdl:1902.1/12379 (CC0), via the unvotes R package (Robinson, 2021)';

export const TERMS =
  'Copyright, United Nations; non-commercial use, with attribution. ' +
  'UN Digital Library terms of use: https://digitallibrary.un.org/pages/?ln=en&page=tos';

export interface Citation {
  ga: string;
  sc: string;
  terms: string;
}

export const citation: Citation = { ga: CITATION.ga, sc: CITATION.sc, terms: TERMS };
