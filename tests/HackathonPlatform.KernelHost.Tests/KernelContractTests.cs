using HackathonPlatform.Notebooks.Kernels;

namespace HackathonPlatform.KernelHost.Tests;

/// <summary>What every cell run promises: values, streams, errors and diagnostics, on the real process.</summary>
public sealed class KernelContractTests(KernelFixture fixture) : IClassFixture<KernelFixture>
{
    private KernelProcess Kernel => fixture.Kernel;

    [Fact]
    public async Task The_value_of_the_last_expression_is_returned_as_plain_text_and_html()
    {
        var run = await KernelRun.ExecuteAsync(Kernel, "1+1");

        Assert.True(run.Succeeded, run.ToString());
        Assert.Equal("2", run.ReturnText);
        Assert.Contains(run.Events.OfType<ReturnValueProduced>().Single().FormattedValues, v => v.MimeType == "text/html");
    }

    [Fact]
    public async Task Variables_defined_in_one_cell_are_visible_in_the_next()
    {
        await KernelRun.ExecuteAsync(Kernel, "var answer = 6 * 7;");

        var run = await KernelRun.ExecuteAsync(Kernel, "answer");

        Assert.Equal("42", run.ReturnText);
    }

    [Fact]
    public async Task Console_output_streams_while_the_cell_runs()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        TimeSpan? firstOutput = null;
        var text = "";
        await foreach (var e in Kernel.ExecuteAsync("Console.WriteLine(\"first\"); System.Threading.Thread.Sleep(1500); Console.Error.WriteLine(\"second\");"))
        {
            if (e is StandardOutputProduced o)
            {
                firstOutput ??= clock.Elapsed;
                text += o.Text;
            }
        }

        Assert.Equal("first\n", text);
        Assert.True(clock.Elapsed - firstOutput > TimeSpan.FromSeconds(1), $"stdout came at {firstOutput}, the cell ended at {clock.Elapsed}");
    }

    [Fact]
    public async Task Standard_error_of_the_cell_becomes_standard_error_events()
    {
        var run = await KernelRun.ExecuteAsync(Kernel, "Console.Error.Write(\"oops\");");

        Assert.Equal("oops", run.Stderr);
    }

    [Fact]
    public async Task An_exception_fails_the_cell_with_its_type_and_message()
    {
        var run = await KernelRun.ExecuteAsync(Kernel, "throw new InvalidOperationException(\"boom\");");

        Assert.Equal("System.InvalidOperationException", run.Failure.ErrorName);
        Assert.Equal("boom", run.Failure.Message);
    }

    [Fact]
    public async Task A_compile_error_reports_diagnostics_with_line_and_column_and_fails()
    {
        var run = await KernelRun.ExecuteAsync(Kernel, "var ok = 1;\nint x = ;");

        var diagnostic = Assert.Single(run.Events.OfType<DiagnosticsProduced>().SelectMany(d => d.Diagnostics));
        Assert.Equal(("CS1525", DiagnosticSeverity.Error, 1, 8), (diagnostic.Id, diagnostic.Severity, diagnostic.StartLine, diagnostic.StartColumn));
        Assert.Equal(KernelErrorNames.CompilationError, run.Failure.ErrorName);
    }

    [Fact]
    public async Task The_quantum_library_is_usable_from_a_cell()
    {
        var run = await KernelRun.ExecuteAsync(Kernel, "using HackathonPlatform.Quantum.Simulation;\ntypeof(PauliSum).Assembly.GetName().Name");

        Assert.True(run.Succeeded, run.ToString());
        Assert.Equal("HackathonPlatform.Quantum", run.ReturnText);
    }

    [Fact]
    public async Task Output_of_a_child_process_does_not_corrupt_the_event_stream()
    {
        var run = await KernelRun.ExecuteAsync(Kernel, "System.Diagnostics.Process.Start(\"/bin/echo\", \"{not json\").WaitForExit(); 5");

        Assert.True(run.Succeeded, run.ToString());
        Assert.Equal("5", run.ReturnText);
    }

    [Fact]
    public async Task A_100_MB_output_is_truncated_with_a_notice()
    {
        var run = await KernelRun.ExecuteAsync(Kernel, "var mb = new string('x', 1_000_000); for (var i = 0; i < 100; i++) Console.Write(mb);");

        Assert.True(run.Succeeded, run.ToString()[..500]);
        Assert.Equal(KernelLimits.Default.MaxOutputBytesPerCell, run.Stdout.Length);
        Assert.Contains("Output truncated", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_environment_of_the_launcher_is_not_inherited()
    {
        Environment.SetEnvironmentVariable("HUB_SECRET_FOR_TEST", "hunter2");
        var run = await KernelRun.ExecuteAsync(Kernel, "Environment.GetEnvironmentVariable(\"HUB_SECRET_FOR_TEST\") ?? \"absent\"");

        Assert.Equal("absent", run.ReturnText);
    }

    [Fact]
    public async Task The_kernel_reports_its_activity_and_state()
    {
        var before = DateTimeOffset.UtcNow;
        await KernelRun.ExecuteAsync(Kernel, "0");

        Assert.True(Kernel.LastActivity >= before);
        Assert.Equal(KernelState.Idle, Kernel.State);
    }
}
