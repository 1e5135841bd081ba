using System.Text.Json;
using HackathonPlatform.DeepLearning.Job;

// hackathon-train: what a cluster batch job runs. Progress goes to stderr, the JSON report to --output or stdout.
JobOptions options;
try
{
    options = JobOptions.Parse(args);
}
catch (FormatException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

var report = TrainingJob.Run(options, Console.Error.WriteLine);
var json = JsonSerializer.Serialize(report, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true });
if (options.Output is { } path)
{
    File.WriteAllText(path, json + "\n");
    Console.Error.WriteLine($"report: {Path.GetFullPath(path)}");
}
else
{
    Console.WriteLine(json);
}
return 0;
