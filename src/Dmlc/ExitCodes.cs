namespace DmlNet.Cli;

/// <summary>Process exit codes of dmlc.</summary>
internal static class ExitCodes
{
    /// <summary>Everything checked clean (warnings allowed).</summary>
    public const int Success = 0;

    /// <summary>The script has errors.</summary>
    public const int ScriptErrors = 1;

    /// <summary>Bad command line, or an input file that cannot be read.</summary>
    public const int Usage = 2;
}
