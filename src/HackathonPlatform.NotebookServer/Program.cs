using HackathonPlatform.NotebookServer;

var builder = WebApplication.CreateSlimBuilder(args);
builder.AddNotebookServer(args);
var app = builder.Build();
app.UseNotebookServer();
app.MapStatusApi();
app.MapContentsApi();
app.MapKernelsApi();
await app.RunAsync();

/// <summary>The server program; public for tests that host it in-process.</summary>
public partial class Program;
