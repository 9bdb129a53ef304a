using System.CommandLine;

namespace RiskWorker.Cli;

/// <summary>The command line: every verb is a thin adapter over one engine or worker service.</summary>
internal static class RiskCli
{
    public static RootCommand Build()
    {
        var root = new RootCommand()
        {
            CliOptions.Db,
            CliOptions.Rules,
            CliOptions.Lang,
        };
        root.Subcommands.Add(RulesCommand.Build());
        root.Subcommands.Add(IndicatorsCommand.Build());
        root.Subcommands.Add(DemoCommand.Build());
        root.Subcommands.Add(EvaluateCommand.Build());
        root.Subcommands.Add(OwnersCommand.Build());
        root.Subcommands.Add(DigestCommand.Build());
        root.Subcommands.Add(CampaignCommand.Build());
        root.Subcommands.Add(ImportCommand.Build());
        root.Subcommands.Add(ScopesCommand.Build());
        root.Subcommands.Add(ExportCommand.Build());
        root.Subcommands.Add(SendPendingCommand.Build());
        root.Subcommands.Add(OutboxCommand.Build());
        root.Subcommands.Add(ReviewCommand.Build());
        root.Subcommands.Add(ReportCommand.Build());
        root.Subcommands.Add(RunCommand.Build());
        root.Subcommands.Add(DatabaseCommand.Build());
        Verb.Action(root, RunCommand.RunAsync);
        return root;
    }
}
