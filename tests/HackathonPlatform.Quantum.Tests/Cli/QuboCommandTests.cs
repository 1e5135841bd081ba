using System.Text.Json;
using HackathonPlatform.Quantum.Tests.Models;

namespace HackathonPlatform.Quantum.Tests.Cli;

public class QuboCommandTests
{
    private static readonly string[] RequiredKeys =
        ["bestValue", "bestBitstring", "approximationRatio", "probabilityOfOptimum", "evaluations", "optimizer", "ansatz", "seed", "wallSeconds", "trace"];

    [Fact]
    public void Solve_exact_on_gka1b_prints_one_json_object_with_the_published_optimum()
    {
        var run = CliRun.Of("qubo", "solve", SharedInstances.Get("gka1b").Path, "--method", "exact", "--json");
        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Output);
        var root = doc.RootElement;
        foreach (var key in RequiredKeys)
        {
            Assert.True(root.TryGetProperty(key, out _), $"missing key {key}");
        }
        Assert.Equal(-133, root.GetProperty("bestValue").GetDouble());
        Assert.Equal(1.0, root.GetProperty("approximationRatio").GetDouble());
        Assert.Equal(20, root.GetProperty("bestBitstring").GetString()!.Length);
    }

    [Fact]
    public void Solve_classical_on_a_max_cut_file_reports_the_cut_against_the_best_known_value()
    {
        var run = CliRun.Of("qubo", "solve", SharedInstances.Get("g05_60.0").Path, "--maxcut", "--method", "classical", "--best-known", "536", "--json");
        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Output);
        Assert.Equal(536, doc.RootElement.GetProperty("bestValue").GetDouble());
        Assert.Equal(1.0, doc.RootElement.GetProperty("approximationRatio").GetDouble());
        Assert.Equal("maximize", doc.RootElement.GetProperty("sense").GetString());
    }

    [Theory]
    [InlineData("vqe")]
    [InlineData("qaoa")]
    public void Solve_with_a_variational_method_reports_the_probability_of_the_optimum(string method)
    {
        var path = CliRun.TempFile("4 5\n1 1 -3\n2 2 2\n1 2 2\n3 4 -2\n2 3 1\n");
        try
        {
            var run = CliRun.Of("qubo", "solve", path, "--method", method, "--seed", "3", "--json");
            Assert.Equal(0, run.ExitCode);
            using var doc = JsonDocument.Parse(run.Output);
            Assert.InRange(doc.RootElement.GetProperty("probabilityOfOptimum").GetDouble(), 0.0, 1.0);
            Assert.Equal(3, doc.RootElement.GetProperty("seed").GetInt32());
            Assert.NotEqual(JsonValueKind.Null, doc.RootElement.GetProperty("ansatz").ValueKind);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_malformed_file_gives_the_file_and_line_on_stderr_and_exit_code_1()
    {
        var path = CliRun.TempFile("2 1\n1 2 NaN\n");
        try
        {
            var run = CliRun.Of("qubo", "solve", path, "--method", "exact");
            Assert.Equal(1, run.ExitCode);
            Assert.Contains($"{path}, line 2:", run.Error, StringComparison.Ordinal);
            Assert.Equal("", run.Output);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_missing_file_is_reported_by_name()
    {
        var run = CliRun.Of("qubo", "info", "/no/such/instance.sparse");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("/no/such/instance.sparse: file not found", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_depth_is_refused_with_the_reason_and_exit_code_2()
    {
        var run = CliRun.Of("qubo", "solve", SharedInstances.Get("gka1b").Path, "--method", "vqe", "--layers", "-1");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("must be 0 or more", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Parameter", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Exact_beyond_thirty_variables_is_refused_with_the_reason()
    {
        var run = CliRun.Of("qubo", "solve", SharedInstances.Get("bqp50-1").Path, "--method", "exact");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("limit is 30", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_method_is_a_usage_error()
    {
        var run = CliRun.Of("qubo", "solve", SharedInstances.Get("gka1b").Path, "--method", "annealing");
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("annealing", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Info_prints_size_density_and_state_vector_memory()
    {
        var run = CliRun.Of("qubo", "info", SharedInstances.Get("gka1b").Path, "--json");
        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Output);
        Assert.Equal(20, doc.RootElement.GetProperty("variables").GetInt32());
        Assert.Equal(16 * 1024 * 1024, doc.RootElement.GetProperty("stateVectorBytes").GetDouble());
        Assert.Equal("16 MiB", doc.RootElement.GetProperty("stateVectorMemory").GetString());
        Assert.InRange(doc.RootElement.GetProperty("density").GetDouble(), 0.98, 0.99);
    }

    [Fact]
    public void Info_on_a_max_cut_file_counts_edges()
    {
        var run = CliRun.Of("qubo", "info", SharedInstances.Get("g05_60.0").Path, "--maxcut");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("885", run.Output, StringComparison.Ordinal);
        Assert.Contains("too large for vqe/qaoa", run.Output, StringComparison.Ordinal);
    }
}
