/**
 * The part of fast-formula-parser (MIT, no bundled types) that the fake Excel
 * runtime uses. See node_modules/fast-formula-parser/README.md.
 */
declare module 'fast-formula-parser' {
  namespace FormulaParser {
    /** 1-based cell reference. */
    interface CellRef {
      sheet?: string;
      row: number;
      col: number;
      address?: string;
    }
    /** 1-based range reference. */
    interface RangeRef {
      sheet?: string;
      from: { row: number; col: number };
      to: { row: number; col: number };
    }
    interface Position {
      sheet: string;
      row: number;
      col: number;
    }
    /** A function argument after reference retrieval. */
    interface Arg {
      value: unknown;
      isArray?: boolean;
      isRangeRef?: boolean;
      isCellRef?: boolean;
      omitted?: boolean;
    }
    interface Config {
      functions?: Record<string, (...args: never[]) => unknown>;
      functionsNeedContext?: Record<string, (context: FormulaParser, ...args: never[]) => unknown>;
      onCell?: (ref: CellRef) => unknown;
      onRange?: (ref: RangeRef) => unknown[][];
      onVariable?: (name: string, sheetName: string, position: Position) => CellRef | RangeRef | null;
    }
    interface SsfLib {
      format(fmt: string | number, value: unknown, options?: Record<string, unknown>): string;
      is_date(fmt: string): boolean;
    }
    interface Utils {
      _applyInfix(res1: { val: unknown; isArray: boolean }, infix: string, res2: { val: unknown; isArray: boolean }): unknown;
      extractRefValue(obj: unknown): { val: unknown; isArray: boolean };
    }
    class FormulaError extends Error {
      constructor(error: string, msg?: string, details?: unknown);
      readonly error: string;
      readonly details: unknown;
      static readonly DIV0: FormulaError;
      static readonly NA: FormulaError;
      static readonly NAME: FormulaError;
      static readonly NULL: FormulaError;
      static readonly NUM: FormulaError;
      static readonly REF: FormulaError;
      static readonly VALUE: FormulaError;
    }
  }

  class FormulaParser {
    constructor(config?: FormulaParser.Config, isTest?: boolean);
    parse(formula: string, position: FormulaParser.Position, allowReturnArray?: boolean): unknown;
    utils: FormulaParser.Utils;
    position: FormulaParser.Position;
    static readonly FormulaError: typeof FormulaParser.FormulaError;
    static readonly SSF: FormulaParser.SsfLib;
    static readonly MAX_ROW: number;
    static readonly MAX_COLUMN: number;
  }

  export = FormulaParser;
}
