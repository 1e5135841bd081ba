using System.Text.Json.Nodes;

namespace HackathonPlatform.Notebooks;

/// <summary>The value of the cell's last expression (nbformat <c>execute_result</c>).</summary>
public sealed class ExecuteResultOutput : Output
{
    /// <summary>Creates an execute_result output.</summary>
    /// <param name="executionCount">The cell's execution count, or null.</param>
    /// <param name="data">The value in one or more MIME types.</param>
    /// <param name="metadata">Per-MIME metadata; kept as read.</param>
    public ExecuteResultOutput(int? executionCount, MimeBundle data, JsonObject? metadata = null)
    {
        ExecutionCount = executionCount;
        Data = data;
        Metadata = metadata ?? new JsonObject();
    }

    /// <inheritdoc />
    public override string OutputType => "execute_result";

    /// <summary>The cell's execution count, or null.</summary>
    public int? ExecutionCount { get; set; }

    /// <summary>The value in one or more MIME types.</summary>
    public MimeBundle Data { get; }

    /// <summary>Per-MIME metadata.</summary>
    public JsonObject Metadata { get; }

    /// <inheritdoc />
    public override Output Clone() =>
        new ExecuteResultOutput(ExecutionCount, Data.Clone(), (JsonObject)Metadata.DeepClone());
}
