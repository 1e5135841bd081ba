namespace HackathonPlatform.Quantum.Models;

/// <summary>A malformed instance file; the message starts with "FILE, line N:" (1-based).</summary>
public sealed class InstanceFormatException : FormatException
{
    /// <summary>Creates the exception for <paramref name="fileName"/> at 1-based <paramref name="lineNumber"/>.</summary>
    public InstanceFormatException(string fileName, int lineNumber, string reason)
        : base($"{fileName}, line {lineNumber}: {reason}")
    {
        FileName = fileName;
        LineNumber = lineNumber;
        Reason = reason;
    }

    /// <summary>Creates an exception with only a message (line 0, no file).</summary>
    public InstanceFormatException()
        : this("(unknown)", 0, "malformed instance")
    {
    }

    /// <summary>Creates an exception with only a message (line 0, no file).</summary>
    public InstanceFormatException(string message)
        : this("(unknown)", 0, message)
    {
    }

    /// <summary>Creates an exception wrapping another one.</summary>
    public InstanceFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        FileName = "(unknown)";
        Reason = message;
    }

    /// <summary>The file (or source name) that was being read.</summary>
    public string FileName { get; }

    /// <summary>The 1-based line of the problem.</summary>
    public int LineNumber { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Reason { get; }
}
