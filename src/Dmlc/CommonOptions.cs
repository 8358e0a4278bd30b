using System.CommandLine;
using DmlNet.Semantics;

namespace DmlNet.Cli;

/// <summary>Options shared by the commands that compile scripts: module search path and script parameters.</summary>
internal sealed class CommonOptions
{
    /// <summary><c>--libpath DIR</c>, repeatable: folders searched by <c>source()</c> before the standard library.</summary>
    public Option<string[]> LibraryPaths { get; } = new("--libpath")
    {
        Description = "Folder searched by source() after the working directory and the importing script's folder (repeatable; DMLNET_PATH adds more)",
        Arity = ArgumentArity.OneOrMore,
    };

    /// <summary><c>-args a b c</c>: positional script parameters <c>$1 $2 $3</c>.</summary>
    public Option<string[]> PositionalArguments { get; } = new("-args")
    {
        Description = "Values of the positional parameters $1, $2, ...",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = true,
    };

    /// <summary><c>-nvargs k=v ...</c>: named script parameters <c>$k</c>.</summary>
    public Option<string[]> NamedArguments { get; } = new("-nvargs")
    {
        Description = "Values of named parameters as name=value ($name in the script)",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = true,
    };

    /// <summary>Adds the options to a command.</summary>
    public void AddTo(Command command)
    {
        command.Add(LibraryPaths);
        command.Add(PositionalArguments);
        command.Add(NamedArguments);
    }

    /// <summary>Builds compilation options from a parse result; returns an error text for malformed values.</summary>
    public CompilationOptions Build(ParseResult result, out string? error)
    {
        error = null;
        var arguments = new Dictionary<string, string>(StringComparer.Ordinal);
        var positional = result.GetValue(PositionalArguments) ?? [];
        for (var i = 0; i < positional.Length; i++)
        {
            arguments[(i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)] = positional[i];
        }
        foreach (var pair in result.GetValue(NamedArguments) ?? [])
        {
            var eq = pair.IndexOf('=');
            if (eq <= 0)
            {
                error = $"-nvargs expects name=value, got '{pair}'";
                continue;
            }
            arguments[pair[..eq]] = pair[(eq + 1)..];
        }
        return new CompilationOptions
        {
            LibraryPaths = [.. result.GetValue(LibraryPaths) ?? [], .. CompilationOptions.EnvironmentLibraryPaths()],
            Arguments = arguments,
        };
    }
}
