using PaperGraph.Cli;

return await CliApplication.RunAsync(args, CliConsole.FromProcess());
