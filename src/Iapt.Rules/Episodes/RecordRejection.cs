namespace Iapt.Rules.Episodes;

/// <summary>A record that was not used, with where it was in its input and why.</summary>
/// <param name="Kind">A referral or a session.</param>
/// <param name="Position">
/// The record's position in the sequence it came from, counting from 0 (a reader of files turns it into a line).
/// </param>
/// <param name="Fault">The field at fault and the reason.</param>
public readonly record struct RecordRejection(RecordKind Kind, long Position, RecordFault Fault);
