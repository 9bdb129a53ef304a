using RiskWorker.Cli;

return await RiskCli.Build().Parse(args).InvokeAsync().ConfigureAwait(false);
