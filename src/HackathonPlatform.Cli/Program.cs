using HackathonPlatform.Cli;

return HackathonCli.Run(args, Console.Out, Console.Error);
