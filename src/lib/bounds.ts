/**
 * What arithmetic on inexact figures can know. A qualifier says how well each end of the true
 * value is known: `exact` both ends; `at-least` ("more than", 余) the lower end, with no upper
 * limit; `nearly` (近) the upper end, with no lower limit; `about` (约) both ends roughly. A sum,
 * difference or quotient is bounded at an end only where the ends it is made of are: 3,000+ minus
 * 800+ could be anything from nothing to far more than 2,200, so it is not known at all, while
 * 3,000+ minus exactly 800 is 2,200+. The result's qualifier follows; undefined means "not known".
 */
import type { Qualifier } from '../schemas/initiative';

/** How well one end of a value is known. */
type End = 'exact' | 'rough' | 'open';

/** How well the lower and upper ends of a value are known. */
interface Bounds {
  low: End;
  high: End;
}

const BOUNDS: Record<Qualifier, Bounds> = {
  exact: { low: 'exact', high: 'exact' },
  'at-least': { low: 'exact', high: 'open' },
  nearly: { low: 'open', high: 'exact' },
  about: { low: 'rough', high: 'rough' },
};

/** An end made of two: as well known as the worse of them. */
function both(a: End, b: End): End {
  return a === 'open' || b === 'open' ? 'open' : a === 'rough' || b === 'rough' ? 'rough' : 'exact';
}

/** A value's qualifier from how well its ends are known; undefined when neither end is. */
function qualifierOf({ low, high }: Bounds): Qualifier | undefined {
  if (low === 'open' && high === 'open') return undefined;
  if (low === 'exact' && high === 'exact') return 'exact';
  if (high === 'open') return 'at-least';
  if (low === 'open') return 'nearly';
  return 'about';
}

/** A figure as arithmetic sees it: its value and qualifier. */
export interface Inexact {
  value: number;
  qualifier: Qualifier;
}

/** The bounds of a value, turned round when it is negated. */
const negated = ({ low, high }: Bounds): Bounds => ({ low: high, high: low });

/** a − b: a's lower end with b's upper end, and the other way round. */
function minus(a: Bounds, b: Bounds): Bounds {
  return { low: both(a.low, b.high), high: both(a.high, b.low) };
}

/**
 * a ÷ b (b not zero). For b > 0 and a ≥ 0 the quotient grows with a and shrinks as b grows, so its
 * lower end is a's lower over b's upper; other signs turn ends round.
 */
function divided(a: Bounds, aValue: number, b: Bounds, bValue: number): Bounds {
  if (bValue < 0) return negated(divided(a, aValue, negated(b), -bValue));
  if (aValue < 0) return negated(divided(negated(a), -aValue, b, bValue));
  return { low: both(a.low, b.high), high: both(a.high, b.low) };
}

/** The qualifier of a figure derived from `a` and `b`; undefined when the result is not known. */
export function derivedQualifier(op: 'share' | 'ratio' | 'difference', a: Inexact, b: Inexact): Qualifier | undefined {
  const [x, y] = [BOUNDS[a.qualifier], BOUNDS[b.qualifier]];
  return qualifierOf(op === 'difference' ? minus(x, y) : divided(x, a.value, y, b.value));
}

const UNKNOWN: Bounds = { low: 'open', high: 'open' };

/** The sum of values 0 or more, by their qualifiers (undefined: not known). */
function sum(parts: (Qualifier | undefined)[]): Bounds {
  return parts
    .map((part) => (part ? BOUNDS[part] : UNKNOWN))
    .reduce((total, part) => ({ low: both(total.low, part.low), high: both(total.high, part.high) }), BOUNDS.exact);
}

/**
 * What parts leave of a whole, the whole minus their sum, by their qualifiers; undefined when it
 * is not known. The rest of the shares is `restQualifier('exact', shares)`: 100% minus theirs.
 */
export function restQualifier(whole: Qualifier, parts: (Qualifier | undefined)[]): Qualifier | undefined {
  return qualifierOf(minus(BOUNDS[whole], sum(parts)));
}

/**
 * Whether a result should be pointed out to the editor: it is inexact, and it is not simply the
 * one inexact input's own kind carried through (3,840+ spaces in exactly 7 car parks is 548.6+ a
 * car park, as anyone would read it). Two inexact inputs, or a bound turned round (exactly 7,000
 * tonnes on 5,000+ mu is at most 1.4 tonnes a mu), are worth a look.
 */
export function worthPointingOut(result: Qualifier | undefined, inputs: Inexact[]): boolean {
  const inexact = inputs.filter((input) => input.qualifier !== 'exact');
  if (result === undefined) return true;
  if (inexact.length === 0) return false;
  return inexact.length > 1 || inexact[0]!.qualifier !== result;
}
