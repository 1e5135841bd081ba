namespace HackathonPlatform.Notebooks;

/// <summary>
/// Thrown when a file is not a notebook this library can read: not JSON, not an nbformat 4 notebook,
/// a field of the wrong type, a file over the size limit, or broken nbgrader region markers.
/// The message always says what was wrong and, when known, where (file, JSON path, line and byte).
/// </summary>
public sealed class NotebookFormatException : Exception
{
    /// <summary>Creates an exception with a generic message.</summary>
    public NotebookFormatException()
        : base("The notebook is malformed.")
    {
    }

    /// <summary>Creates an exception with the given message.</summary>
    /// <param name="message">What was wrong.</param>
    public NotebookFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with the given message and cause.</summary>
    /// <param name="message">What was wrong.</param>
    /// <param name="innerException">The parser's own exception.</param>
    public NotebookFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception that records where the problem was found.</summary>
    /// <param name="problem">What was wrong, without the location.</param>
    /// <param name="filePath">The file, when the notebook came from one.</param>
    /// <param name="jsonPath">The JSON path of the offending value, e.g. <c>cells[3].source</c>.</param>
    /// <param name="lineNumber">1-based line of a JSON syntax error.</param>
    /// <param name="bytePositionInLine">1-based byte position in that line.</param>
    /// <param name="innerException">The parser's own exception, if any.</param>
    public NotebookFormatException(
        string problem,
        string? filePath,
        string? jsonPath,
        long? lineNumber = null,
        long? bytePositionInLine = null,
        Exception? innerException = null)
        : base(Compose(problem, filePath, jsonPath, lineNumber, bytePositionInLine), innerException)
    {
        Problem = problem;
        FilePath = filePath;
        JsonPath = jsonPath;
        LineNumber = lineNumber;
        BytePositionInLine = bytePositionInLine;
    }

    /// <summary>What was wrong, without the location.</summary>
    public string? Problem { get; }

    /// <summary>The file the notebook came from, when known.</summary>
    public string? FilePath { get; }

    /// <summary>The JSON path of the offending value, when known.</summary>
    public string? JsonPath { get; }

    /// <summary>1-based line of a JSON syntax error, when known.</summary>
    public long? LineNumber { get; }

    /// <summary>1-based byte position in <see cref="LineNumber"/>, when known.</summary>
    public long? BytePositionInLine { get; }

    private static string Compose(string problem, string? file, string? jsonPath, long? line, long? position)
    {
        var where = new List<string>();
        if (file is not null)
        {
            where.Add(file);
        }

        if (line is not null)
        {
            where.Add(position is null ? $"line {line}" : $"line {line}, byte {position}");
        }

        if (!string.IsNullOrEmpty(jsonPath))
        {
            where.Add($"at {jsonPath}");
        }

        return where.Count == 0 ? problem : $"{string.Join(", ", where)}: {problem}";
    }
}
