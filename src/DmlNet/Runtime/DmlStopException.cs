namespace DmlNet.Runtime;

/// <summary>Raised by DML's <c>stop(message)</c>: ends the script with the user's message.</summary>
public sealed class DmlStopException(string message) : Exception(message);
