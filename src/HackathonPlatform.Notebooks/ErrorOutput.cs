namespace HackathonPlatform.Notebooks;

/// <summary>An exception raised by the cell (nbformat <c>error</c>).</summary>
public sealed class ErrorOutput : Output
{
    /// <summary>Creates an error output.</summary>
    /// <param name="errorName">The exception's type name, e.g. <c>AssertionError</c>.</param>
    /// <param name="errorValue">The exception's message.</param>
    /// <param name="traceback">The traceback, one entry per frame or line (may hold ANSI colours).</param>
    public ErrorOutput(string errorName, string errorValue, IEnumerable<string>? traceback = null)
    {
        ErrorName = errorName;
        ErrorValue = errorValue;
        Traceback = traceback?.ToList() ?? [];
    }

    /// <inheritdoc />
    public override string OutputType => "error";

    /// <summary>The exception's type name (nbformat <c>ename</c>).</summary>
    public string ErrorName { get; set; }

    /// <summary>The exception's message (nbformat <c>evalue</c>).</summary>
    public string ErrorValue { get; set; }

    /// <summary>The traceback lines.</summary>
    public IList<string> Traceback { get; }

    /// <inheritdoc />
    public override Output Clone() => new ErrorOutput(ErrorName, ErrorValue, Traceback);
}
