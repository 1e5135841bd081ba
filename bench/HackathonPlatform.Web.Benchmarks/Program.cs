using System.Globalization;
using HackathonPlatform.Web.Benchmarks;

// Hub throughput against a bare Kestrel endpoint measured in the same run, with wrk.
//   dotnet run -c Release --project bench/HackathonPlatform.Web.Benchmarks [-- --duration 10 --connections 50 --threads 2]
var options = BenchOptions.Parse(args);
if (!Wrk.IsInstalled())
{
    Console.Error.WriteLine("wrk is not installed. Install it with: apt-get install -y wrk");
    return 2;
}

await using var bare = await BareHost.StartAsync();
await using var hub = await HubHost.StartAsync();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"wrk: {options.Duration.TotalSeconds:0} s per target, {options.Connections} connections, {options.Threads} threads; {Environment.ProcessorCount} CPUs shared by wrk and the servers"));

var baseline = await Wrk.MeasureAsync("bare Kestrel JSON", bare.Url + BareHost.Path, options);
var targets = new List<WrkResult>();
foreach (var (name, path) in HubHost.Targets)
{
    targets.Add(await Wrk.MeasureAsync(name, hub.Url + path, options));
}

Report.Print(baseline, targets);
return 0;
