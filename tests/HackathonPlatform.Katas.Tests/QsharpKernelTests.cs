using HackathonPlatform.Katas.Tests.Support;
using HackathonPlatform.Notebooks.Kernels;

namespace HackathonPlatform.Katas.Tests;

public sealed class QsharpKernelTests(KernelFixture fixture) : IClassFixture<KernelFixture>
{
    private QsharpKernelClient Kernel => fixture.Kernel;

    [Fact]
    public void Kernel_reports_ready_as_a_qsharp_kernel()
    {
        Assert.Equal("qsharp", Kernel.Ready.Language);
        Assert.Equal(KernelReady.Token, Kernel.Ready.CommandToken);
        Assert.True(Kernel.Ready.ProcessId > 0);
    }

    [Fact]
    public async Task Expression_cell_returns_its_value_as_text()
    {
        var events = await Kernel.SubmitAsync("2 + 40");

        var value = Assert.Single(events.OfType<ReturnValueProduced>());
        Assert.Equal("42", Assert.Single(value.FormattedValues, f => f.MimeType == "text/plain").Value);
        Assert.IsType<CommandSucceeded>(events[^1]);
    }

    [Fact]
    public async Task Messages_stream_as_standard_output_in_order()
    {
        var events = await Kernel.SubmitAsync("Message(\"first\");\nMessage(\"second\");");

        Assert.Equal(["first\n", "second\n"], events.OfType<StandardOutputProduced>().Select(e => e.Text));
        Assert.Empty(events.OfType<ReturnValueProduced>()); // Unit is not shown.
        Assert.IsType<CommandSucceeded>(events[^1]);
    }

    [Fact]
    public async Task DumpMachine_is_displayed_as_an_html_table_and_as_text()
    {
        var events = await Kernel.SubmitAsync("use qs = Qubit[2];\nX(qs[0]);\nH(qs[1]);\nStd.Diagnostics.DumpMachine();\nResetAll(qs);");

        var dump = Assert.Single(events.OfType<DisplayedValueProduced>());
        var html = Assert.Single(dump.FormattedValues, f => f.MimeType == "text/html").Value;
        var text = Assert.Single(dump.FormattedValues, f => f.MimeType == "text/plain").Value;
        // Qubit 0 is leftmost: X on qubit 0 and H on qubit 1 give |10⟩ and |11⟩, half each.
        Assert.Contains("<table", html, StringComparison.Ordinal);
        Assert.Contains("|10⟩", html, StringComparison.Ordinal);
        Assert.Contains("|11⟩", html, StringComparison.Ordinal);
        Assert.DoesNotContain("|00⟩", html, StringComparison.Ordinal);
        Assert.Contains("50.0000%", text, StringComparison.Ordinal);
        Assert.Contains("0.7071+0.0000i", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compile_error_gives_diagnostics_at_the_cells_line_and_column_then_fails()
    {
        var events = await Kernel.SubmitAsync("let x = 1;\nlet y = x + \"text\";\ny");

        var diagnostics = Assert.Single(events.OfType<DiagnosticsProduced>()).Diagnostics;
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal("Qdk.Qsc.TypeCk.TyMismatch", error.Id);
        Assert.Equal((1, 12), (error.StartLine, error.StartColumn)); // 0-based, at "text"
        var failed = Assert.IsType<CommandFailed>(events[^1]);
        Assert.Equal(KernelErrorNames.CompilationError, failed.ErrorName);
        Assert.Contains("line 2, column 13", failed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compile_error_in_a_definition_points_into_the_definition()
    {
        var events = await Kernel.SubmitAsync("function BrokenDefinition() : Int {\n    let a = 1;\n    a + Undefined\n}");

        var error = Assert.Single(Assert.Single(events.OfType<DiagnosticsProduced>()).Diagnostics);
        Assert.Equal((2, 8), (error.StartLine, error.StartColumn));
        Assert.Contains("Undefined", error.Message, StringComparison.Ordinal);
        Assert.IsType<CommandFailed>(events[^1]);
    }

    [Fact]
    public async Task Runtime_error_fails_the_cell_with_the_error_and_a_call_stack()
    {
        var events = await Kernel.SubmitAsync("function Explode() : Int {\n    fail \"boom\";\n}\nExplode()");

        var failed = Assert.IsType<CommandFailed>(events[^1]);
        Assert.Equal("Qdk.Qsc.Eval.UserFail", failed.ErrorName);
        Assert.Contains("boom", failed.Message, StringComparison.Ordinal);
        Assert.Contains(failed.Traceback, line => line.Contains("Explode in this cell, line 2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Definitions_accumulate_across_cells()
    {
        Assert.IsType<CommandSucceeded>((await Kernel.SubmitAsync("function Square(x : Int) : Int { x * x }"))[^1]);
        Assert.IsType<CommandSucceeded>((await Kernel.SubmitAsync("import Std.Math.*;\nfunction SquarePlusOne(x : Int) : Int { Square(x) + 1 }"))[^1]);

        var events = await Kernel.SubmitAsync("%run SquarePlusOne(6)");

        Assert.Equal("37", Value(events));
    }

    [Fact]
    public async Task A_failed_cell_leaves_the_session_as_it_was()
    {
        await Kernel.SubmitAsync("function Kept() : Int { 1 }");
        var broken = await Kernel.SubmitAsync("function Kept() : Int { \"not an int\" }");
        Assert.IsType<CommandFailed>(broken[^1]);

        Assert.Equal("1", Value(await Kernel.SubmitAsync("Kept()")));
    }

    [Fact]
    public async Task Redefining_an_operation_replaces_it_and_rerunning_a_cell_replaces_the_cell()
    {
        await Kernel.SubmitAsync("function Answer() : Int { 41 }", cellId: "answer-cell");
        await Kernel.SubmitAsync("function Answer() : Int { 42 }", cellId: "answer-cell");
        Assert.Equal("42", Value(await Kernel.SubmitAsync("Answer()")));

        await Kernel.SubmitAsync("function Answer() : Int { 43 }", cellId: "another-cell");
        Assert.Equal("43", Value(await Kernel.SubmitAsync("Answer()")));
    }

    [Fact]
    public async Task Explicit_namespaces_and_our_library_are_usable_from_later_cells()
    {
        await Kernel.SubmitAsync("namespace Physics.Tools {\n    function Twice(x : Double) : Double { 2.0 * x }\n}");

        var events = await Kernel.SubmitAsync("import HackathonPlatform.Quantum.*;\nlet count = HardwareEfficientParameterCount(3, 2);\nTwice(Std.Convert.IntAsDouble(count))");

        Assert.IsType<CommandSucceeded>(events[^1]);
        Assert.Equal("18.0", Value(events));
    }

    [Fact]
    public async Task Measurement_results_and_tuples_come_back_as_qsharp_text()
    {
        var events = await Kernel.SubmitAsync("use q = Qubit();\nX(q);\n(MResetZ(q), [1, 2], true)");

        Assert.Equal("(One, [1, 2], true)", Value(events));
    }

    [Fact]
    public async Task Interrupt_while_idle_is_acknowledged()
    {
        var events = await Kernel.SendAsync(new InterruptKernel("interrupt-1"));

        Assert.IsType<CommandSucceeded>(Assert.Single(events));
    }

    private static string Value(IReadOnlyList<KernelEvent> events)
    {
        Assert.IsType<CommandSucceeded>(events[^1]);
        return Assert.Single(Assert.Single(events.OfType<ReturnValueProduced>()).FormattedValues, f => f.MimeType == "text/plain").Value;
    }
}
