using DmlNet.Diagnostics;
using static DmlNet.Semantics.Builtins.BuiltinRules;

namespace DmlNet.Semantics.Builtins;

/// <summary>toString, exists, eval, lists, time, paramserv, signal processing and debug utilities (reference §7.9, §7.10).</summary>
internal static class UtilityBuiltins
{
    /// <summary>The paramserv string options and the values each accepts.</summary>
    private static readonly (string Name, string[] Values)[] ParamservOptions =
    [
        ("mode", ["LOCAL", "REMOTE_SPARK", "FEDERATED"]),
        ("utype", ["BSP", "ASP", "SBP"]),
        ("freq", ["EPOCH", "BATCH", "NBATCHES"]),
        ("scheme", ["DISJOINT_CONTIGUOUS", "DISJOINT_ROUND_ROBIN", "DISJOINT_RANDOM", "OVERLAP_RESHUFFLE",
            "KEEP_DATA_ON_WORKER", "SHUFFLE", "REPLICATE_TO_MAX", "SUBSAMPLE_TO_MIN", "BALANCE_TO_AVG"]),
        ("checkpointing", ["NONE", "EPOCH", "EPOCH10"]),
        ("runtime_balancing", ["NONE", "RUN_MIN", "CYCLE_AVG", "CYCLE_MAX"]),
    ];

    /// <summary>Adds this category's entries.</summary>
    public static void Register(List<BuiltinFunction> entries)
    {
        entries.Add(new BuiltinFunction("toString",
            "target, rows=100, cols=100, decimal=3, sparse=FALSE, sep=\" \", linesep=\"\\n\"", One(call =>
            {
                RequireString(call, "sep");
                RequireString(call, "linesep");
                return TypeInfo.String;
            }), "The text of a matrix, frame, list or scalar as print shows it."));
        entries.Add(new BuiltinFunction("exists", "x", One(call =>
        {
            RequireString(call, "x");
            return TypeInfo.Boolean;
        }), "TRUE when the variable (an identifier or a name string) is defined at runtime."));
        entries.Add(new BuiltinFunction("eval", "name, ...arguments", One(call =>
        {
            RequireString(call, "name");
            return TypeInfo.AnyMatrix;
        }), "Calls the function named by a string; its first output as a matrix."));
        entries.Add(new BuiltinFunction("evalList", "name, ...arguments", One(call =>
        {
            RequireString(call, "name");
            return TypeInfo.AnyList;
        }), "Calls the function named by a string; all its outputs as a list."));
        entries.Add(new BuiltinFunction("time", "", Returns(TypeInfo.Int), "The current time in nanoseconds (int)."));
        entries.Add(new BuiltinFunction("seed", "", Returns(TypeInfo.Int), "A fresh random seed (int)."));
        entries.Add(new BuiltinFunction("remove", "list, index", Remove,
            "[rest, removed]: the list without element index, and a 1-element list holding it.") { MinOutputs = 2, MaxOutputs = 2 });
        entries.Add(new BuiltinFunction("lineage", "x", One(call =>
        {
            RequireOneOf(call, "x", DataType.Matrix, DataType.Frame, DataType.List);
            return TypeInfo.String;
        }), "The lineage trace of a value as a string."));
        entries.Add(new BuiltinFunction("paramserv",
            "model, features, labels, val_features=?, val_labels=?, upd, agg, val=?, mode=\"LOCAL\", utype=\"ASP\", " +
            "freq=\"EPOCH\", epochs, batchsize=64, k=?, scheme=\"DISJOINT_CONTIGUOUS\", hyperparams=?, checkpointing=\"NONE\", " +
            "seed=?, nbatches=1, modelAvg=FALSE, he=FALSE, num_backup_workers=1, runtime_balancing=\"NONE\", weighting=FALSE",
            One(Paramserv), "Trains a model list with a parameter server over mini-batches; the trained model list.")
            { Style = BuiltinCallStyle.NamedOnly });
        entries.Add(new BuiltinFunction("fft", "re", Transform,
            "[re, im]: the 2-D discrete Fourier transform of a real matrix (power-of-two sizes).") { MinOutputs = 2, MaxOutputs = 2 });
        entries.Add(new BuiltinFunction("ifft", "re, im=?", Transform,
            "[re, im]: the inverse 2-D discrete Fourier transform (power-of-two sizes).") { MinOutputs = 2, MaxOutputs = 2 });
        entries.Add(new BuiltinFunction("stft", "re, ...window", Stft,
            "[re, im]: the short-time Fourier transform: stft(re[, im], windowSize, overlap).") { MinOutputs = 2, MaxOutputs = 2 });
        entries.Add(new BuiltinFunction("rcm", "x, y", call =>
        {
            RequireMatrix(call, "x");
            RequireMatrix(call, "y");
            var (x, y) = (call.TypeOrUnknown("x"), call.TypeOrUnknown("y"));
            var result = TypeInfo.Matrix(Math.Max(x.Rows, y.Rows), Math.Max(x.Columns, y.Columns));
            return [result, result];
        }, "[a, b]: the two results of the rcm kernel, shaped like the larger input.") { MinOutputs = 2, MaxOutputs = 2 });
        entries.Add(new BuiltinFunction("compress", "x, meta=?", call =>
        {
            RequireOneOf(call, "x", DataType.Matrix, DataType.Frame);
            RequireMatrix(call, "meta");
            var x = call.TypeOrUnknown("x");
            return [x with { Constant = null }, TypeInfo.AnyFrame with { Rows = x.Rows }];
        }, "[X(, meta)]: the value in compressed form (same contents), optionally with its compression metadata.")
        { MinOutputs = 1, MaxOutputs = 2 });
    }

    /// <summary>remove: the shorter list and a 1-element list; reports a constant index outside a known list.</summary>
    private static TypeInfo[] Remove(BuiltinCall call)
    {
        RequireList(call, "list");
        RequireScalar(call, "index");
        var list = call.TypeOrUnknown("list");
        if (call.ConstantLong("index") is { } i && (i < 1 || (list.Rows >= 0 && i > list.Rows)))
        {
            call.Error(DiagnosticCode.IndexOutOfBounds, $"remove() index {i} is outside the list of {Show(list.Rows)} elements", "index");
        }
        return [TypeInfo.AnyList with { Rows = list.Rows > 0 ? list.Rows - 1 : -1, Columns = 1 }, TypeInfo.AnyList with { Rows = 1, Columns = 1 }];
    }

    /// <summary>paramserv: checks argument types, positive counts and option values; a list like model.</summary>
    private static TypeInfo Paramserv(BuiltinCall call)
    {
        RequireList(call, "model");
        RequireList(call, "hyperparams");
        foreach (var matrix in new[] { "features", "labels", "val_features", "val_labels" })
        {
            RequireMatrix(call, matrix);
        }
        foreach (var text in new[] { "upd", "agg", "val" })
        {
            RequireString(call, text);
        }
        foreach (var number in new[] { "epochs", "batchsize", "k", "seed", "nbatches", "num_backup_workers" })
        {
            if (RequireScalar(call, number) && call.ConstantLong(number) is < 1 and var value && number != "seed")
            {
                call.Error(DiagnosticCode.InvalidArgumentValue, $"paramserv() {number} must be at least 1, got {value}", number);
            }
        }
        foreach (var (name, values) in ParamservOptions)
        {
            if (RequireString(call, name) && call.ConstantString(name) is { } given && !values.Contains(given))
            {
                call.Error(DiagnosticCode.InvalidArgumentValue,
                    $"paramserv() {name} must be one of {string.Join(", ", values)}; got \"{given}\"", name);
            }
        }
        return TypeInfo.AnyList with { Rows = call.TypeOrUnknown("model").Rows, Columns = 1 };
    }

    /// <summary>fft/ifft: real and imaginary parts shaped like the input, whose sizes must be powers of two.</summary>
    private static TypeInfo[] Transform(BuiltinCall call)
    {
        RequireMatrix(call, "re");
        RequireMatrix(call, "im");
        RequireSameShape(call, "re", "im");
        var re = call.TypeOrUnknown("re");
        if ((re.Rows >= 0 && !IsPowerOfTwo(re.Rows)) || (re.Columns >= 0 && !IsPowerOfTwo(re.Columns)))
        {
            call.Error(DiagnosticCode.ShapeRequirement,
                $"{call.Name}() needs dimensions that are powers of two, got {Show(re.Rows)} x {Show(re.Columns)}", "re");
        }
        var result = TypeInfo.Matrix(re.Rows, re.Columns);
        return [result, result];
    }

    /// <summary>stft(re, windowSize, overlap) or stft(re, im, windowSize, overlap).</summary>
    private static TypeInfo[] Stft(BuiltinCall call)
    {
        RequireMatrix(call, "re");
        var rest = call.Rest.Select(r => r.Type).ToList();
        if (rest.Count is not (2 or 3))
        {
            call.Error(DiagnosticCode.WrongArgumentCount, $"stft() takes 3 or 4 arguments, got {rest.Count + 1}");
            return [TypeInfo.AnyMatrix, TypeInfo.AnyMatrix];
        }
        var offset = rest.Count - 2;
        if (offset == 1)
        {
            RequireOneOf(call, rest[0], 2, DataType.Matrix);
        }
        RequireOneOf(call, rest[offset], offset + 2, DataType.Scalar);
        RequireOneOf(call, rest[offset + 1], offset + 3, DataType.Scalar);
        var (window, overlap) = (rest[offset].ConstantLong, rest[offset + 1].ConstantLong);
        if (window is { } w && !IsPowerOfTwo(w))
        {
            call.Error(DiagnosticCode.InvalidArgumentValue, $"stft() window size must be a power of two, got {w}");
        }
        else if (window is { } size && overlap is { } o && o >= size)
        {
            call.Error(DiagnosticCode.InvalidArgumentValue, $"stft() overlap ({o}) must be smaller than the window size ({size})");
        }
        return [TypeInfo.AnyMatrix, TypeInfo.AnyMatrix];
    }

    private static bool IsPowerOfTwo(long n) => n > 0 && (n & (n - 1)) == 0;
}
