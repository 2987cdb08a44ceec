using ScenarioSim.Cli;

return await CliApplication.InvokeAsync(args, CliEnvironment.FromConsole());
