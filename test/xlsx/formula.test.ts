import { addFuturePrefixes, stripFuturePrefixes, translateFormula } from '../../src/xlsx';

describe('addFuturePrefixes', () => {
  test.each([
    ['IFS(A1>0,1,TRUE,0)', '_xlfn.IFS(A1>0,1,TRUE,0)'],
    ['MAXIFS(C:C,B:B,"x")+MINIFS(C:C,B:B,"x")', '_xlfn.MAXIFS(C:C,B:B,"x")+_xlfn.MINIFS(C:C,B:B,"x")'],
    ['rank.eq(C4,$C$4:$C$9)', '_xlfn.RANK.EQ(C4,$C$4:$C$9)'],
    ['TEXTJOIN(", ",TRUE,A1:A3)&CONCAT(B1,B2)', '_xlfn.TEXTJOIN(", ",TRUE,A1:A3)&_xlfn.CONCAT(B1,B2)'],
    ['SWITCH(A1,1,"a","b")', '_xlfn.SWITCH(A1,1,"a","b")'],
    ['IFNA(VLOOKUP(A1,DanhMucDonVi,1,FALSE),"")', '_xlfn.IFNA(VLOOKUP(A1,DanhMucDonVi,1,FALSE),"")'],
    ['FILTER(A1:A9,B1:B9>0)', '_xlfn._xlws.FILTER(A1:A9,B1:B9>0)'],
    // Common functions stay as they are.
    ['SUM(A1:A3)+COUNTIF(B:B,">5")+RANK(C4,C4:C9)', 'SUM(A1:A3)+COUNTIF(B:B,">5")+RANK(C4,C4:C9)'],
    // Inside strings, as a name (no call) or already prefixed: untouched.
    ['"IFS(1)"&IFS', '"IFS(1)"&IFS'],
    ['_xlfn.IFS(A1,1)', '_xlfn.IFS(A1,1)'],
    ['\'IFS(x\'!A1+XIFS(1)', '\'IFS(x\'!A1+XIFS(1)'],
  ])('%s → %s', (input, expected) => {
    expect(addFuturePrefixes(input)).toBe(expected);
  });
});

describe('stripFuturePrefixes', () => {
  test.each([
    ['_xlfn.IFS(A1>0,1)', 'IFS(A1>0,1)'],
    ['=_xlfn.RANK.EQ(C4,C4:C9)', 'RANK.EQ(C4,C4:C9)'],
    ['_xlfn._xlws.SORT(A1:A3)', 'SORT(A1:A3)'],
    ['"_xlfn.IFS"&_xlfn.CONCAT(A1)', '"_xlfn.IFS"&CONCAT(A1)'],
    ['SUM(A1:A2)', 'SUM(A1:A2)'],
  ])('%s → %s', (input, expected) => {
    expect(stripFuturePrefixes(input)).toBe(expected);
  });
});

describe('translateFormula (shared formulas)', () => {
  test.each([
    ['A2*$B$1+SUM($A$2:A2)', 1, 0, 'A3*$B$1+SUM($A$2:A3)'],
    ['A2*$B$1', 0, 2, 'C2*$B$1'],
    ['$A2+A$2', 3, 1, '$A5+B$2'],
    // String literals, quoted sheet names and function names are not references.
    ['IF(A2>0,"A2 ok","")', 2, 0, 'IF(A4>0,"A2 ok","")'],
    ["'Chấm điểm'!C4+LOG10(A1)", 1, 0, "'Chấm điểm'!C5+LOG10(A2)"],
    ['SUM(B:B)+SUM(2:3)+SUM($C:$C)', 1, 1, 'SUM(C:C)+SUM(3:4)+SUM($C:$C)'],
    ['1E5+A1', 1, 0, '1E5+A2'],
    ['Bang1[Điểm]+T1', 1, 0, 'Bang1[Điểm]+T2'],
    // Moving off the grid gives #REF!, as in Excel.
    ['A1', -1, 0, '#REF!'],
  ])('%s moved (%i, %i) → %s', (input, dRows, dCols, expected) => {
    expect(translateFormula(input, dRows, dCols)).toBe(expected);
  });
});
