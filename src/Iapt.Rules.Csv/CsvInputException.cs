namespace Iapt.Rules.Csv;

/// <summary>
/// The input file as a whole cannot be used (missing, unreadable, or without a required column): the command
/// stops with exit code 2 and this message on stderr. Bad rows never raise this; they become invalid output rows.
/// </summary>
public sealed class CsvInputException(string message, Exception? inner = null) : Exception(message, inner);
