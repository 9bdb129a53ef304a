using System.CommandLine;
using RiskWorker.Cli;

// No process-termination timeout: on Ctrl+C/SIGTERM System.CommandLine would otherwise return after 2 s, killing
// a job the host is still waiting for. The host's own lifetime handles the signal and waits (Schedule:ShutdownTimeoutSeconds).
return await RiskCli.Build().Parse(args).InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null }).ConfigureAwait(false);
