namespace Iapt.Rules.ProblemDescriptors;

/// <summary>
/// Why a recorded problem descriptor could not be read. A small value: returning one allocates nothing. The message
/// names the field and the reason and never repeats the code that was given (it is patient data).
/// </summary>
/// <param name="Kind">What is wrong.</param>
public readonly record struct ProblemDescriptorError(ProblemDescriptorErrorKind Kind)
{
    /// <summary>The name of the input field that carries the problem descriptor.</summary>
    public const string DescriptorField = "problem_descriptor";

    /// <summary>The field at fault: always <c>problem_descriptor</c>.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "An instance member like ScoringError.Field.")]
    public string Field => DescriptorField;

    /// <summary>A sentence for people, starting with the field name.</summary>
    public string Message => Kind switch
    {
        ProblemDescriptorErrorKind.NotAnIaptProblemDescriptor =>
            "problem_descriptor: a well-formed code that is not an IAPT problem descriptor of the rule set (M4 Table 6; ICD-10 F40-F48)",
        _ => "problem_descriptor: not an ICD-10 code such as F41.1 or F411 nor a SNOMED CT id or named descriptor key",
    };

    /// <summary>The message.</summary>
    /// <returns><see cref="Message"/>.</returns>
    public override string ToString() => Message;
}
