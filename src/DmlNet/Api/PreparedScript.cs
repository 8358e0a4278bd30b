using DmlNet.Plan;
using DmlNet.Runtime;
using DmlNet.Runtime.Data;

namespace DmlNet.Api;

/// <summary>
/// A compiled script ready to run many times. <see cref="Execute"/> is thread-safe: each call has
/// its own variables; the compiled program and the input data are never modified.
/// </summary>
public sealed class PreparedScript
{
    private readonly RuntimeProgram program;
    private readonly IReadOnlyList<ScriptInput> inputs;
    private readonly IReadOnlyList<string> outputs;
    private readonly long? seed;

    internal PreparedScript(RuntimeProgram program, IReadOnlyList<ScriptInput> inputs, IReadOnlyList<string> outputs, long? seed)
    {
        this.program = program;
        this.seed = seed;
        this.inputs = inputs;
        this.outputs = outputs;
    }

    /// <summary>
    /// Runs the script with values for every declared input: <c>double[,]</c>, <see cref="MatrixInput"/>,
    /// <see cref="FrameData"/>, <c>string[,]</c> (a frame of strings), <c>double</c>, <c>int</c>/<c>long</c>,
    /// <c>bool</c> or <c>string</c>. What the script prints goes to
    /// <paramref name="output"/> (discarded when null). Runtime errors throw <see cref="DmlRuntimeException"/>.
    /// </summary>
    public ScriptResults Execute(IReadOnlyDictionary<string, object> values, TextWriter? output = null,
        CancellationToken cancellation = default)
    {
        var variables = new SymbolTable(program.MainLayout);
        foreach (var input in inputs)
        {
            if (!values.TryGetValue(input.Name, out var value))
            {
                throw new ArgumentException($"no value given for the input '{input.Name}'", nameof(values));
            }
            variables.Set(input.Name, ValueConversion.ToDeclared(ToDml(input.Name, value), input.Type, $"input '{input.Name}'"));
        }
        var context = new RuntimeContext(program, output ?? TextWriter.Null, null, cancellation, variables, new SeedSource(seed));
        Executor.Run(program.Main, context);
        return new ScriptResults(outputs.ToDictionary(name => name, name => variables.Find(name)
            ?? throw new DmlRuntimeException($"the script did not assign the output '{name}'")));
    }

    private static DmlValue ToDml(string name, object value) => value switch
    {
        double[,] array => new MatrixValue(MatrixBlock.FromArray(array)),
        MatrixInput matrix => new MatrixValue(matrix.Block),
        FrameData frame => new FrameValue(frame.Block),
        string?[,] cells => new FrameValue(FrameData.FromStrings(cells).Block),
        double d => ScalarValue.Of(d),
        int i => ScalarValue.Of((long)i),
        long l => ScalarValue.Of(l),
        bool b => ScalarValue.Of(b),
        string s => ScalarValue.Of(s),
        _ => throw new ArgumentException($"unsupported value of type {value.GetType().Name} for the input '{name}'", nameof(value)),
    };
}
