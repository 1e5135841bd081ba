using HackathonPlatform.Quantum.Models;

namespace HackathonPlatform.Quantum.Tests.Models;

public class BiqMacReaderTests
{
    [Theory]
    [MemberData(nameof(SharedInstances.Names), MemberType = typeof(SharedInstances))]
    public void Every_shared_instance_reads_with_the_published_size_and_entry_count(string name)
    {
        var instance = SharedInstances.Get(name);
        if (instance.IsMaxCut)
        {
            var graph = BiqMacReader.ReadMaxCut(instance.Path);
            Assert.Equal(instance.N, graph.VertexCount);
            Assert.Equal(instance.Entries, graph.Edges.Count);
        }
        else
        {
            var qubo = BiqMacReader.ReadQubo(instance.Path);
            Assert.Equal(instance.N, qubo.VariableCount);
            // The shared files hold no zero weights, so each line is one non-zero coefficient.
            Assert.Equal(instance.Entries, qubo.QuadraticTermCount + qubo.LinearCoefficients.Count(a => a != 0));
        }
    }

    [Fact]
    public void Off_diagonal_entries_count_twice()
    {
        var qubo = BiqMacReader.ParseQubo(new StringReader("2 3 \n1 1 1\n1 2 -3\n2 2 1\n"), "tiny");
        Assert.Equal(-6.0, qubo.GetCoupling(0, 1));
        Assert.Equal(1 + 1 - 6, qubo.Evaluate([true, true]));
    }

    [Fact]
    public void A_max_cut_file_reads_as_a_graph_whose_qubo_is_minus_the_cut()
    {
        var graph = BiqMacReader.ParseMaxCut(new StringReader("3 2\n1 2 1\n2 3 2.5\n"), "path");
        var qubo = graph.ToQubo();
        foreach (var side in RandomModels.AllAssignments(3))
        {
            Assert.Equal(-graph.CutValue(side), qubo.Evaluate(side), 12);
        }
    }

    [Theory]
    [InlineData("", 1, "empty")]
    [InlineData("\n\n", 2, "empty")]
    [InlineData("3\n", 1, "header")]
    [InlineData("x 2\n", 1, "not an integer")]
    [InlineData("0 0\n", 1, "at least 1")]
    [InlineData("2 9\n", 1, "impossible")]
    [InlineData("2 2\n1 1 1\n", 3, "ends after 1 entries")]
    [InlineData("2 1\n1 1 1\n2 2 1\n", 3, "more entries")]
    [InlineData("2 1\n1 3 1\n", 2, "out of range")]
    [InlineData("2 1\n0 1 1\n", 2, "out of range")]
    [InlineData("2 1\n1 2 abc\n", 2, "not a number")]
    [InlineData("2 1\n1 2 NaN\n", 2, "not finite")]
    [InlineData("2 1\n1 2 Infinity\n", 2, "not finite")]
    [InlineData("2 1\n1 2\n", 2, "3 fields")]
    [InlineData("2 1\n1.5 2 1\n", 2, "not an integer")]
    [InlineData("2 2\n1 2 1\n\n2 1 4\n", 4, "repeats line 2")]
    public void A_malformed_file_names_the_file_and_the_line(string content, int line, string reason)
    {
        var ex = Assert.Throws<InstanceFormatException>(() => BiqMacReader.ParseQubo(new StringReader(content), "bad.sparse"));
        Assert.Equal("bad.sparse", ex.FileName);
        Assert.Equal(line, ex.LineNumber);
        Assert.StartsWith($"bad.sparse, line {line}: ", ex.Message, StringComparison.Ordinal);
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_self_loop_in_a_max_cut_file_names_the_line()
    {
        var ex = Assert.Throws<InstanceFormatException>(() => BiqMacReader.ParseMaxCut(new StringReader("2 1\n2 2 1\n"), "g.txt"));
        Assert.Equal(2, ex.LineNumber);
        Assert.Contains("self-loop", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reading_a_file_from_disk_puts_its_path_in_the_error()
    {
        var path = Path.Combine(Path.GetTempPath(), $"qubo-{Guid.NewGuid():N}.sparse");
        File.WriteAllText(path, "2 1\n1 2 1e999\n");
        try
        {
            var ex = Assert.Throws<InstanceFormatException>(() => BiqMacReader.ReadQubo(path));
            Assert.StartsWith($"{path}, line 2:", ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
