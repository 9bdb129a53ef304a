using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using RiskWorker.Cli;

var root = RiskCli.Build();
var parse = root.Parse(args);
// Help, and parse errors that show it, describe the verbs in the reader's language (see CommandHelp).
if (parse.Action is HelpAction or ParseErrorAction) await CommandHelp.DescribeAsync(root, parse).ConfigureAwait(false);

// No process-termination timeout: on Ctrl+C/SIGTERM System.CommandLine would otherwise return after 2 s, killing
// a job the host is still waiting for. The host's own lifetime handles the signal and waits (Schedule:ShutdownTimeoutSeconds).
return await parse.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null }).ConfigureAwait(false);
