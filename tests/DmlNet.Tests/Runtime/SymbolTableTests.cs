using DmlNet.Runtime;
using DmlNet.Runtime.Data;

namespace DmlNet.Tests.Runtime;

/// <summary>The slot-based symbol table: tables of one layout, names that remember their slot, copies, concurrency.</summary>
public class SymbolTableTests
{
    [Fact]
    public void TablesOfOneLayoutKeepTheirOwnValues()
    {
        var layout = new SymbolLayout();
        var (first, second) = (new SymbolTable(layout), new SymbolTable(layout));
        var x = new VariableName("x");
        first.Set(x, ScalarValue.Of(1L));
        second.Set(x, ScalarValue.Of(2L));
        Assert.Equal(1L, ((ScalarValue)first.Get(x)).Long);
        Assert.Equal(2L, ((ScalarValue)second.Get("x")).Long);
        Assert.Equal(1, layout.Count);
    }

    [Fact]
    public void ANameUsedWithSeveralLayoutsFindsItsSlotInEach()
    {
        var (a, b) = (new SymbolTable(), new SymbolTable());
        a.Set("other", ScalarValue.Of(0L));
        var y = new VariableName("y");
        for (var round = 0; round < 3; round++)
        {
            a.Set(y, ScalarValue.Of(10L + round));
            b.Set(y, ScalarValue.Of(20L + round));
            Assert.Equal(10L + round, ((ScalarValue)a.Get(y)).Long);
            Assert.Equal(20L + round, ((ScalarValue)b.Get(y)).Long);
        }
        Assert.Equal(0L, ((ScalarValue)a.Get("other")).Long);
    }

    [Fact]
    public void RemovedAndUnknownVariablesAreUndefined()
    {
        var table = new SymbolTable();
        var t = new VariableName("_t1");
        table.Set(t, ScalarValue.Of(1.5));
        table.Remove(t);
        Assert.Null(table.Find(t));
        Assert.Null(table.Find("never"));
        Assert.Contains("variable '_t1' is undefined", Assert.Throws<DmlRuntimeException>(() => table.Get(t)).Message);
        Assert.Contains("variable 'never' is undefined", Assert.Throws<DmlRuntimeException>(() => table.Get("never")).Message);
        table.Remove("never");
    }

    [Fact]
    public void ListsBoundVariablesInTheOrderTheyWereFirstBound()
    {
        var table = new SymbolTable();
        foreach (var name in new[] { "b", "_t1", "a", "c" })
        {
            table.Set(name, ScalarValue.Of(name));
        }
        table.Remove("c");
        table.Set("b", ScalarValue.Of("again"));
        Assert.Equal(["b", "_t1", "a"], table.All.Select(kv => kv.Key));
        Assert.Equal(["b", "a"], table.UserVariables.Select(kv => kv.Key));
        Assert.Equal("again", ((ScalarValue)table.Get("b")).Text);
    }

    [Fact]
    public void ACopyIsIndependentOfTheOriginal()
    {
        var table = new SymbolTable();
        table.Set("x", ScalarValue.Of(1L));
        var copy = table.Copy();
        copy.Set("x", ScalarValue.Of(2L));
        copy.Set("y", ScalarValue.Of(3L));
        table.Remove("x");
        Assert.Equal(2L, ((ScalarValue)copy.Get("x")).Long);
        Assert.Null(table.Find("y"));
        Assert.Null(table.Find("x"));
    }

    [Fact]
    public void ManyNamesGrowTheTable()
    {
        var table = new SymbolTable();
        var names = Enumerable.Range(0, 1000).Select(i => new VariableName($"v{i}")).ToArray();
        for (var i = 0; i < names.Length; i++)
        {
            table.Set(names[i], ScalarValue.Of((long)i));
        }
        Assert.All(Enumerable.Range(0, names.Length), i => Assert.Equal(i, ((ScalarValue)table.Get($"v{i}")).Long));
    }

    [Fact]
    public void ThreadsSharingALayoutAndNamesSeeOnlyTheirOwnBindings()
    {
        var layout = new SymbolLayout();
        var names = Enumerable.Range(0, 200).Select(i => new VariableName($"n{i}")).ToArray();
        var failures = 0;
        Parallel.For(0, 8, worker =>
        {
            var table = new SymbolTable(layout);
            for (var round = 0; round < 50; round++)
            {
                foreach (var name in names)
                {
                    table.Set(name, ScalarValue.Of(worker * 1000L + round));
                }
                if (names.Any(name => ((ScalarValue)table.Get(name)).Long != worker * 1000L + round))
                {
                    Interlocked.Increment(ref failures);
                }
            }
        });
        Assert.Equal(0, failures);
        Assert.Equal(names.Length, layout.Count);
    }
}
