/**
 * Pagefind's script (`pagefind.js`) carries its own gzip inflater (fflate), whose Huffman and
 * bit-reversal tables it builds as the script is evaluated: loops over 32,768 entries, 4–12 ms of
 * the main thread in Chromium here, on the way to every first search. The search page inflates
 * Pagefind's files with the browser's `DecompressionStream` (see src/browser/pagefind-fetch.ts), so
 * in every browser that has it the tables are never read. The build rewrites the script so that
 * they are built the first time the inflater runs instead: the same statements, moved into a
 * function that the inflater calls first. Nothing else in the script changes.
 *
 * The statements are found by their text in the script of the Pagefind the project installs. If a
 * later Pagefind writes them otherwise, the script is left as it is (search works, a little later)
 * and the build says so; a test holds the rewrite to the installed Pagefind.
 */

/** The statements that build the tables: up to the bit-reversal loop, and the fixed Huffman trees. */
const REVERSAL = /var _a=freb\(fleb,2\);[^]*?var x;var i;/g;
const FIXED_TREES = /var flt=new u8\(288\);[^]*?var fdrm=hMap\(fdt,5,1\);/g;
/** The inflater, which every use of the tables goes through. */
const INFLATER = 'var inflt=function(dat,buf,st){';
const BUILD_TABLES = '__pagefindInflateTables';

/** The names a run of top-level statements declares with `var`. */
const declared = (statements: string) =>
  [...statements.matchAll(/(?:^|[;}])var ([A-Za-z_$][\w$]*)/g)].map((m) => m[1]!);

/** The same statements assigning instead of declaring (none of them holds a function of its own). */
const assigning = (statements: string) => statements.replace(/(^|[;}])var /g, '$1');

/** Why `script` cannot be rewritten, or nothing. */
function unfit(script: string): string | undefined {
  const count = (pattern: RegExp) => script.match(pattern)?.length ?? 0;
  if (count(REVERSAL) !== 1) return "its inflater's bit-reversal table is not built where expected";
  if (count(FIXED_TREES) !== 1) return "its inflater's fixed Huffman trees are not built where expected";
  if (script.split(INFLATER).length !== 2) return 'its inflater is not where expected';
  const statements = `${script.match(REVERSAL)![0]}${script.match(FIXED_TREES)![0]}`;
  if (/function|=>/.test(statements)) return "its inflater's tables are built by functions of their own";
  return undefined;
}

/**
 * `script` (Pagefind's `pagefind.js`) with its inflater's tables built on the inflater's first run
 * (a script rewritten already comes back as it is), or, when the script is not the one this
 * rewrite knows, `script` itself and the reason.
 */
export function lazyInflaterTables(script: string): { script: string; skipped?: string } {
  if (script.includes(BUILD_TABLES)) return { script };
  const reason = unfit(script);
  if (reason) return { script, skipped: reason };
  const reversal = script.match(REVERSAL)![0];
  const trees = script.match(FIXED_TREES)![0];
  const names = [...new Set([...declared(reversal), ...declared(trees)])];
  const lazy =
    `var ${names.join(',')};` +
    `var ${BUILD_TABLES}=function(){if(fdrm)return;${assigning(reversal)}${assigning(trees)}};`;
  return {
    script: script
      .replace(reversal, () => lazy)
      .replace(trees, () => '')
      .replace(INFLATER, () => `${INFLATER}${BUILD_TABLES}();`),
  };
}
