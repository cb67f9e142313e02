namespace Iapt.Rules.Tests;

/// <summary>
/// The test collection of the classes whose tests replace <see cref="Console.In"/> (the process's one standard input):
/// xunit runs a collection's classes one at a time, so no such test reads another's input.
/// </summary>
internal static class ConsoleInput
{
    /// <summary>The collection's name, for <c>[Collection(ConsoleInput.Collection)]</c>.</summary>
    public const string Collection = "Console input";
}
