return Iapt.Rules.Cli.CliApp.Run(args);
