using HackathonPlatform.Notebooks.Kernels;

namespace HackathonPlatform.Notebooks.Tests;

public class KernelProtocolTests
{
    public static TheoryData<KernelCommand> Commands => new()
    {
        new SubmitCode("1", "Console.WriteLine(\"a\nb\");", "cell-1"),
        new InterruptKernel("2"),
        new ShutdownKernel("3"),
    };

    public static TheoryData<KernelEvent> Events => new()
    {
        new CommandSucceeded("1", 4),
        new CommandFailed("1", "System.Exception", "boom", ["at Foo()"]),
        new ReturnValueProduced("1", [new FormattedValue("text/plain", "2"), new FormattedValue("text/html", "<b>2</b>")]),
        new DisplayedValueProduced("1", [new FormattedValue("image/png", "iVBOR")]),
        new StandardOutputProduced("1", "line\n"),
        new StandardErrorProduced("1", "warn\n"),
        new DiagnosticsProduced("1", [new Diagnostic("CS0103", DiagnosticSeverity.Error, "The name 'x' does not exist", 0, 0, 0, 1)]),
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Commands_round_trip_as_one_line_with_a_type_discriminator(KernelCommand command)
    {
        var line = KernelProtocol.Serialize(command);

        Assert.DoesNotContain('\n', line);
        Assert.Contains($"\"type\":\"{command.GetType().Name}\"", line, StringComparison.Ordinal);
        Assert.Equal(command, KernelProtocol.DeserializeCommand(line));
    }

    [Theory]
    [MemberData(nameof(Events))]
    public void Events_round_trip_as_one_line_with_a_type_discriminator(KernelEvent kernelEvent)
    {
        var line = KernelProtocol.Serialize(kernelEvent);

        Assert.DoesNotContain('\n', line);
        Assert.Contains($"\"type\":\"{kernelEvent.GetType().Name}\"", line, StringComparison.Ordinal);
        var back = KernelProtocol.DeserializeEvent(line);
        Assert.Equal(KernelProtocol.Serialize(kernelEvent), KernelProtocol.Serialize(back));
    }

    [Fact]
    public void The_type_may_come_after_the_other_fields()
    {
        var command = KernelProtocol.DeserializeCommand("{\"token\":\"7\",\"code\":\"1+1\",\"type\":\"SubmitCode\"}");

        Assert.Equal(new SubmitCode("7", "1+1"), command);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"type\":\"FormatDisk\",\"token\":\"1\"}")]
    [InlineData("{\"token\":\"1\"}")]
    [InlineData("{\"type\":\"SubmitCode\",\"token\":\"1\"}")]
    [InlineData("null")]
    public void Malformed_lines_give_a_KernelProtocolException(string line)
    {
        Assert.Throws<KernelProtocolException>(() => KernelProtocol.DeserializeCommand(line));
    }
}
