/**
 * STIG Manager's own import parsers (`@nuwcdivnpt/stig-manager-client-modules`, what its web client and
 * Watcher run on a CKL, a CKLB or XCCDF results), typed for the tests and called with the options a
 * collection that imports every rule, reviewed or not, would use.
 */
// @ts-expect-error -- the package's index.d.ts declares an ambient module under another name
import * as parsers from '@nuwcdivnpt/stig-manager-client-modules';

export type ReviewResult =
  | 'pass'
  | 'fail'
  | 'notapplicable'
  | 'notchecked'
  | 'unknown'
  | 'error'
  | 'notselected'
  | 'informational'
  | 'fixed';

export interface ParsedChecklist {
  benchmarkId: string;
  revisionStr: string | null;
  reviews: { ruleId: string; result: ReviewResult; detail: string | null; comment: string | null }[];
  stats: Record<ReviewResult, number>;
}

export interface ParseResult {
  target: { name: string; description: string | null };
  checklists: ParsedChecklist[];
  errors?: string[];
}

interface Parsers {
  reviewsFromCkl(params: object): ParseResult;
  reviewsFromCklb(params: object): ParseResult;
  reviewsFromXccdf(params: object): ParseResult;
}

const { reviewsFromCkl, reviewsFromCklb, reviewsFromXccdf } = parsers as Parsers;

/** Import every rule (`unreviewed: always`), details and comments as they are. */
const params = {
  fieldSettings: {
    detail: { enabled: 'always', required: 'optional' },
    comment: { enabled: 'findings', required: 'optional' },
  },
  allowAccept: true,
  importOptions: {
    autoStatus: 'saved',
    unreviewed: 'always',
    unreviewedCommented: 'notchecked',
    emptyDetail: 'import',
    emptyComment: 'import',
    allowCustom: true,
  },
  sourceRef: 'stig-gate test',
};

export const stigManager = {
  ckl: (data: string) => reviewsFromCkl({ ...params, data }),
  cklb: (data: string) => reviewsFromCklb({ ...params, data }),
  xccdf: (data: string) => reviewsFromXccdf({ ...params, data, scapBenchmarkMap: new Map() }),
};
