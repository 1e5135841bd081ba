namespace HackathonPlatform.Notebooks.Kernels;

/// <summary>A line of the kernel protocol could not be read (not JSON, unknown type, missing fields).</summary>
public sealed class KernelProtocolException : Exception
{
    /// <summary>Creates an exception with a generic message.</summary>
    public KernelProtocolException()
        : base("Malformed kernel protocol message.")
    {
    }

    /// <summary>Creates an exception with the given message.</summary>
    /// <param name="message">What was wrong.</param>
    public KernelProtocolException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with the given message and cause.</summary>
    /// <param name="message">What was wrong.</param>
    /// <param name="innerException">The parser's exception.</param>
    public KernelProtocolException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
