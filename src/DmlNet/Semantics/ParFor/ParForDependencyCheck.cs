using DmlNet.Diagnostics;
using DmlNet.Syntax;

namespace DmlNet.Semantics.ParFor;

/// <summary>
/// The dependency analysis of <c>parfor (..., check=1)</c>: iterations must not depend on each
/// other. For every variable that exists before the loop and that the body writes:
/// <list type="bullet">
/// <item>reading it before the iteration assigns it is a loop-carried dependency (<c>s = s + i</c>);</item>
/// <item>an accumulator (<c>s += e</c>) must not be read or assigned otherwise in the body;</item>
/// <item>a result (left-indexed in place) must not be reassigned as a whole, and all its writes must
/// select the same stripe <c>a*i+b</c> (or <c>a*i+b : a*i+c</c> with <c>c - b &lt; |a|</c>) of one
/// dimension, with loop-invariant <c>a</c>, <c>b</c>, <c>c</c>, so iterations write disjoint cells;
/// every read must select that same stripe (its shape, via nrow/ncol/length, may always be read).</item>
/// </list>
/// Like SystemDS's analysis it is conservative: it may reject independent loops, which
/// <c>check=0</c> then runs unchecked.
/// </summary>
internal static class ParForDependencyCheck
{
    private const string Hint = "; if the iterations are independent, use check=0 to skip this analysis";

    /// <summary>Reports the dependencies of <paramref name="loop"/>; <paramref name="existsBefore"/> tells which variables exist before it.</summary>
    public static void Check(ParForStatement loop, Func<string, bool> existsBefore, DiagnosticBag diagnostics)
    {
        var loopVariable = loop.Variable.Name;
        var variables = ParForVariables.Of(loop.Body.Statements, loopVariable);
        var use = variables.Use;
        var assigned = use.Writes.Select(w => w.Name).ToHashSet(StringComparer.Ordinal);
        var bounds = new IndexBounds(loopVariable, name => !assigned.Contains(name) && name != loopVariable, InnerRanges(use));
        foreach (var name in assigned.Where(n => n != loopVariable && existsBefore(n)).Order(StringComparer.Ordinal))
        {
            var writes = use.Writes.Where(w => w.Name == name).ToList();
            var reads = use.Reads.Where(r => r.Variable.Name == name && !r.ShapeOnly).ToList();
            if (variables.Results.Contains(name))
            {
                CheckResult(name, writes, reads, loopVariable, bounds, diagnostics);
            }
            else if (variables.Accumulators.Contains(name))
            {
                var other = writes.FirstOrDefault(w => !(w.Accumulates && w.Index is null));
                if (other.Statement is { } statement)
                {
                    diagnostics.Error(DiagnosticCode.ParForDependency, statement.Span,
                        $"parfor dependency: '{name}' is accumulated with += and also assigned otherwise in the loop body{Hint}");
                }
                else if (reads.FirstOrDefault().Variable is { } read)
                {
                    diagnostics.Error(DiagnosticCode.ParForDependency, read.Span,
                        $"parfor dependency: '{name}' is accumulated with += and also read in the loop body{Hint}");
                }
            }
            else if (reads.FirstOrDefault(r => r.Exposed).Variable is { } exposed)
            {
                diagnostics.Error(DiagnosticCode.ParForDependency, exposed.Span,
                    $"parfor dependency: '{name}' is read before this iteration assigns it, so it would see another " +
                    $"iteration's value (a loop-carried dependency){Hint}");
            }
        }
    }

    /// <summary>
    /// The ranges of nested loop variables that the body assigns only in their loop header (and only
    /// in one header), as <c>from:to</c> or <c>seq(from, to)</c>.
    /// </summary>
    private static Dictionary<string, (Expression From, Expression To)> InnerRanges(VariableUse use)
    {
        var ranges = new Dictionary<string, (Expression, Expression)>(StringComparer.Ordinal);
        foreach (var group in use.Loops.GroupBy(l => l.Variable))
        {
            var plainWrites = use.Writes.Count(w => w.Name == group.Key);
            if (group.Count() != 1 || plainWrites != 1)
            {
                continue;
            }
            var range = group.Single().Range switch
            {
                ColonRange r => (r.From, r.To),
                SequenceRange { Sequence: CallExpression { Name: "seq", Arguments: [var from, var to] } } => (from.Value, to.Value),
                _ => ((Expression, Expression)?)null,
            };
            if (range is { } found)
            {
                ranges[group.Key] = found;
            }
        }
        return ranges;
    }

    private static void CheckResult(string name, List<VariableWrite> writes, List<VariableRead> reads, string loopVariable,
        IndexBounds bounds, DiagnosticBag diagnostics)
    {
        if (writes.FirstOrDefault(w => w.Index is null).Statement is { } whole)
        {
            diagnostics.Error(DiagnosticCode.ParForDependency, whole.Span,
                $"parfor dependency: every iteration assigns all of '{name}', which the loop also updates by left-indexing " +
                $"(an output dependency){Hint}");
            return;
        }
        var stripe = CommonStripe(writes, bounds);
        if (stripe is null)
        {
            diagnostics.Error(DiagnosticCode.ParForDependency, writes[0].Statement.Span,
                $"parfor dependency: the writes to '{name}' do not select disjoint rows or columns per iteration " +
                $"(index them with a linear function of '{loopVariable}'){Hint}");
            return;
        }
        foreach (var read in reads.Where(r => r.Index is null || !stripe.Contains(Stripe.Of(r.Index, stripe.Rows, bounds))))
        {
            diagnostics.Error(DiagnosticCode.ParForDependency, read.Index?.Span ?? read.Variable.Span,
                $"parfor dependency: this reads cells of '{name}' that other iterations write (a data dependency){Hint}");
        }
    }

    /// <summary>
    /// A stripe of one dimension that is disjoint between iterations and contains what every
    /// left-indexed write selects, or null when the writes do not partition the variable.
    /// </summary>
    private static Stripe? CommonStripe(List<VariableWrite> writes, IndexBounds bounds)
    {
        foreach (var rows in new[] { true, false })
        {
            var stripes = writes.Select(w => Stripe.Of(w.Index!, rows, bounds)).ToList();
            if (stripes.All(s => s is not null)
                && stripes.FirstOrDefault(candidate => candidate!.IsDisjointPerIteration && stripes.All(candidate.Contains)) is { } common)
            {
                return common;
            }
        }
        return null;
    }

    /// <summary>The cells <c>Lower..Upper</c> of rows (or columns) that an indexing selects in one iteration.</summary>
    private sealed record Stripe(bool Rows, LinearForm Lower, LinearForm Upper)
    {
        public static Stripe? Of(IndexExpression index, bool rows, IndexBounds bounds)
        {
            if ((rows ? index.Rows : index.Columns) is not { } range)
            {
                return null;
            }
            var lower = bounds.Of(range.Lower);
            var upper = range.Upper is null ? lower : bounds.Of(range.Upper);
            return lower is null || upper is null ? null : new Stripe(rows, lower.Lower, upper.Upper);
        }

        /// <summary>
        /// True when the stripes of different iterations cannot overlap: the same non-zero step
        /// <c>a</c> per iteration for both ends and a width below <c>|a|</c>.
        /// </summary>
        public bool IsDisjointPerIteration
        {
            get
            {
                if (Lower.Coefficient.IsZero || !Lower.Coefficient.SameAs(Upper.Coefficient))
                {
                    return false;
                }
                var step = Lower.Coefficient.Number is < 0 ? Lower.Coefficient.Times(-1) : Lower.Coefficient;
                var width = Upper.Offset.Minus(Lower.Offset);
                return step.Minus(width).IsSurelyPositive || (width.IsZero && step.IsPositiveForPositiveSymbols);
            }
        }

        /// <summary>True when <paramref name="other"/> lies within this stripe in every iteration.</summary>
        public bool Contains(Stripe? other) => other is not null && other.Rows == Rows
            && Lower.Coefficient.SameAs(other.Lower.Coefficient) && Upper.Coefficient.SameAs(other.Upper.Coefficient)
            && other.Lower.Offset.Minus(Lower.Offset).IsSurelyNonNegative
            && Upper.Offset.Minus(other.Upper.Offset).IsSurelyNonNegative;
    }
}
