using HackathonPlatform.Web.Hosting;

// `--demo` is a flag without a value; the configuration's command-line parser would read the next argument as its value.
var demo = args.Contains("--demo");
var builder = WebApplication.CreateBuilder(args.Where(a => a != "--demo").ToArray());
builder.AddHub(demo);

var app = builder.Build();
await app.PrepareHubAsync();
app.MapHub();
await app.RunAsync();

/// <summary>The hub's entry point; public so integration tests can host it.</summary>
public partial class Program;
