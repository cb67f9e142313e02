using System.CommandLine;
using Iapt.Rules.Cli.Commands;

var root = new RootCommand("iapt: the IAPT / NHS Talking Therapies rules engine over CSV extracts")
{
    ScoreCommand.Create(),
    ScoreFhirCommand.Create(),
    SampleCommand.Create(),
    RulesCommand.Create(),
    WaitsCommand.Create(),
    OutcomesCommand.Create(),
    ReportCommand.Create(),
};

return root.Parse(args).Invoke();
